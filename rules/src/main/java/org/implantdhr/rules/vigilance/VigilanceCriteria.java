package org.implantdhr.rules.vigilance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The limits of the vigilance rules, as versioned data (like the release specification): which
 * adverse events open a vigilance case by themselves. Serious adverse events, explants and deaths
 * always do (MDR Art. 87 and 21 CFR 803 ask the manufacturer to judge each one), so they have no
 * limit here. Each trigger names the criteria version it was found under.
 *
 * @param minimumGrade the lowest CTCAE grade of a device-attributed event that opens a case
 * @param minimumDeviceAttribution the weakest attribution to the device that counts
 */
public record VigilanceCriteria(
        String code, String version, int minimumGrade, Attribution minimumDeviceAttribution) {

    private static final String FOLDER = "/org/implantdhr/rules/vigilance/criteria/";

    public VigilanceCriteria {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(minimumDeviceAttribution, "minimumDeviceAttribution");
        if (minimumGrade < 1 || minimumGrade > 5) {
            throw new IllegalArgumentException("A CTCAE grade is 1 to 5, not " + minimumGrade);
        }
    }

    /** The criteria shipped in this jar as {@code criteria/<code>-<version>.properties}. */
    public static VigilanceCriteria classpath(String code, String version) {
        String resource = FOLDER + code + "-" + version + ".properties";
        try (InputStream in = VigilanceCriteria.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "No vigilance criteria " + code + " " + version + " (" + resource + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new VigilanceCriteria(
                    code,
                    version,
                    Integer.parseInt(required(properties, "adverse_event.minimum_grade", resource)),
                    Attribution.valueOf(
                            required(
                                    properties,
                                    "adverse_event.minimum_device_attribution",
                                    resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(Properties properties, String key, String resource) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(resource + " has no " + key);
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return code + " " + version;
    }
}
