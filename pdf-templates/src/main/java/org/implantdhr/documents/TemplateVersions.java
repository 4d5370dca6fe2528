package org.implantdhr.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which template version is current for each document kind, read from {@code templates.properties}:
 * a new layout is a new folder plus one changed line there, and older versions stay loadable for
 * reprints.
 */
final class TemplateVersions {

    private static final Properties CURRENT = read();

    private TemplateVersions() {}

    static String current(String documentKind) {
        String version = CURRENT.getProperty(documentKind);
        if (version == null) {
            throw new TemplateException(
                    "templates.properties names no version for " + documentKind);
        }
        return version;
    }

    private static Properties read() {
        try (InputStream in =
                TemplateVersions.class.getResourceAsStream(
                        "/org/implantdhr/documents/templates.properties")) {
            Properties properties = new Properties();
            if (in == null) {
                throw new TemplateException("templates.properties missing from the jar");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
