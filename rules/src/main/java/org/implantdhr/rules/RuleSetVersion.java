package org.implantdhr.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the rule set: the artifact version plus a SHA-256 over the DRL files (sorted by
 * path), computed at build time by {@link RuleSetDigest} into {@value #RESOURCE}.
 */
public record RuleSetVersion(String artifactVersion, String drlSha256) {

    static final String RESOURCE = "/org/implantdhr/rules/rule-set.properties";

    public static RuleSetVersion current() {
        return Loaded.CURRENT;
    }

    @Override
    public String toString() {
        return artifactVersion + "+sha256:" + drlSha256;
    }

    private static final class Loaded {
        static final RuleSetVersion CURRENT = load();

        private static RuleSetVersion load() {
            try (InputStream in = RuleSetVersion.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "No " + RESOURCE + ": the rules jar was not built by Maven");
                }
                Properties properties = new Properties();
                properties.load(in);
                return new RuleSetVersion(
                        properties.getProperty("artifact.version"),
                        properties.getProperty("drl.sha256"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
