package org.implantdhr.rules.vigilance;

import java.util.Objects;

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
        CriteriaFile file = CriteriaFile.read("vigilance criteria", code, version);
        return new VigilanceCriteria(
                code,
                version,
                Integer.parseInt(file.required("adverse_event.minimum_grade")),
                Attribution.valueOf(file.required("adverse_event.minimum_device_attribution")));
    }

    @Override
    public String toString() {
        return code + " " + version;
    }
}
