package org.implantdhr.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One dated step of the record: the record it is stated in (e.g. "build B-7"), the time it states
 * ({@code at}, or only a {@code date} where the record keeps a date, like a CT scan) and when that
 * record was recorded (its created_at; null when the record does not keep it).
 */
public record DatedStep(
        ProcessStep step, String record, Instant at, LocalDate date, Instant recordedAt) {

    /** The UTC date of the step: what a date-only step is compared on. */
    public LocalDate utcDate() {
        return at != null ? LocalDate.ofInstant(at, ZoneOffset.UTC) : date;
    }

    public boolean dated() {
        return at != null || date != null;
    }

    /** The stated time as a finding shows it. */
    public String when() {
        return at != null ? at.toString() : String.valueOf(date);
    }
}
