package org.implantdhr.rules.vigilance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day the follow-up facts are evaluated on, in the zone of the record: a visit is overdue from
 * the day after its window ends.
 */
public record EvaluationDate(LocalDate day) {

    public EvaluationDate {
        Objects.requireNonNull(day, "day");
    }
}
