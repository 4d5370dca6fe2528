package org.implantdhr.rules.vigilance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up visit of the protocol's schedule: due until the last day of its window ({@code
 * windowEnd}, inclusive), recorded or not.
 */
public record ScheduledVisit(
        String reference,
        String implantSerial,
        String visit,
        LocalDate windowEnd,
        boolean recorded) {

    public ScheduledVisit {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(implantSerial, "implantSerial");
        Objects.requireNonNull(windowEnd, "windowEnd");
    }
}
