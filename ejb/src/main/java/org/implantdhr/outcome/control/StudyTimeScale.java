package org.implantdhr.outcome.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The study's time axis: whole days since the operation. Its endpoints are named in months (DFS at
 * 24 months); a month is 365.25 / 12 days and a landmark is the last whole day it has reached, so
 * 24 months is day 730 and 6 months day 182. A patient seen on day 730 or later is at risk there.
 */
public final class StudyTimeScale {

    public static final int DFS_MONTHS = 24;

    private StudyTimeScale() {}

    public static long day(int months) {
        // 365.25 / 12 = 1461 / 48, floored in integers
        return (long) months * 1461 / 48;
    }

    public static long daysBetween(LocalDate operation, LocalDate later) {
        return ChronoUnit.DAYS.between(operation, later);
    }

    public static double months(long day) {
        return day * 48.0 / 1461;
    }
}
