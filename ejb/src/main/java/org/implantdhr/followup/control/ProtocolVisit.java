package org.implantdhr.followup.control;

import java.time.LocalDate;
import java.time.Period;

/**
 * A visit of a follow-up protocol: its code, its target as an offset from the day of the operation
 * (months are calendar months: the 12-month visit of an operation on 31 March is on 31 March the
 * next year), and its window around the target in days.
 */
public record ProtocolVisit(String code, Period offset, int daysBefore, int daysAfter) {

    public ProtocolVisit {
        if (daysBefore < 0 || daysAfter < 0) {
            throw new IllegalArgumentException("A window of visit " + code + " is negative");
        }
    }

    public LocalDate target(LocalDate operationDay) {
        return operationDay.plus(offset);
    }

    public LocalDate windowStart(LocalDate operationDay) {
        return target(operationDay).minusDays(daysBefore);
    }

    public LocalDate windowEnd(LocalDate operationDay) {
        return target(operationDay).plusDays(daysAfter);
    }

    /** The visit before the operation: the only one that may (must) lie before it. */
    public boolean beforeOperation() {
        return offset.isNegative();
    }
}
