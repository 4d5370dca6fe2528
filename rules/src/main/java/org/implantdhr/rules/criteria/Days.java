package org.implantdhr.rules.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Calendar days between two dates, null when either is absent. */
public final class Days {

    private Days() {}

    public static BigDecimal between(LocalDate from, LocalDate to) {
        return from == null || to == null
                ? null
                : BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
    }

    /** True when {@code due} is on or after {@code date}; null when either is absent. */
    public static Boolean dueOnOrAfter(LocalDate due, LocalDate date) {
        return due == null || date == null ? null : !due.isBefore(date);
    }
}
