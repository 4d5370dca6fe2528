package org.implantdhr.rules.vigilance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * One versioned file of vigilance limits shipped in this jar, {@code
 * criteria/<code>-<version>.properties}: read whole, and every value it must hold asked for by
 * name, so that a file without one is refused rather than read as a default.
 */
final class CriteriaFile {

    private static final String FOLDER = "/org/implantdhr/rules/vigilance/criteria/";

    private final String resource;
    private final Properties values;

    private CriteriaFile(String resource, Properties values) {
        this.resource = resource;
        this.values = values;
    }

    /** The file of that code and version; {@code what} names its kind in the refusal. */
    static CriteriaFile read(String what, String code, String version) {
        String resource = FOLDER + code + "-" + version + ".properties";
        try (InputStream in = CriteriaFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "No " + what + " " + code + " " + version + " (" + resource + ")");
            }
            Properties values = new Properties();
            values.load(in);
            return new CriteriaFile(resource, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String required(String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(resource + " has no " + key);
        }
        return value.trim();
    }
}
