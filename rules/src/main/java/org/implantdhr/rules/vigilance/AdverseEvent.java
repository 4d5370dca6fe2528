package org.implantdhr.rules.vigilance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An adverse event recorded in follow-up, as the vigilance rules see it: its CTCAE 5.0 term and
 * grade, whether it is serious, and its attribution to the device (the procedure's is kept apart,
 * since only the device's makes it a device incident).
 *
 * @param reference the event's name in the record (e.g. "AE-3 of CW-0012"), quoted by a trigger
 */
public record AdverseEvent(
        String reference,
        String implantSerial,
        String ctcaeTerm,
        int grade,
        boolean serious,
        Attribution deviceAttribution,
        Attribution procedureAttribution,
        LocalDate onset) {

    public AdverseEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(implantSerial, "implantSerial");
        Objects.requireNonNull(deviceAttribution, "deviceAttribution");
        if (grade < 1 || grade > 5) {
            throw new IllegalArgumentException("A CTCAE grade is 1 to 5, not " + grade);
        }
    }
}
