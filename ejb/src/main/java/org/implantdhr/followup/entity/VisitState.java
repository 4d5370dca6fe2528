package org.implantdhr.followup.entity;

import java.time.LocalDate;

/**
 * A scheduled visit on a given day: not yet in its window (PLANNED), in its window up to its target
 * day (DUE), past its target but still in its window (OVERDUE), past its window without a visit
 * (MISSED), or DONE.
 */
public enum VisitState {
    PLANNED,
    DUE,
    OVERDUE,
    MISSED,
    DONE;

    public static VisitState of(
            boolean done,
            LocalDate windowStart,
            LocalDate target,
            LocalDate windowEnd,
            LocalDate today) {
        if (done) {
            return DONE;
        }
        if (today.isBefore(windowStart)) {
            return PLANNED;
        }
        if (!today.isAfter(target)) {
            return DUE;
        }
        if (!today.isAfter(windowEnd)) {
            return OVERDUE;
        }
        return MISSED;
    }

    /** The ones a worklist shows: something to do, or something not done. */
    public boolean needsAttention() {
        return this == DUE || this == OVERDUE || this == MISSED;
    }
}
