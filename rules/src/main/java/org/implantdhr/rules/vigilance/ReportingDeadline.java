package org.implantdhr.rules.vigilance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines for reporting an incident, counted from the day the manufacturer became aware of it
 * (the awareness date, day 0), as the regulations state them:
 *
 * <ul>
 *   <li>EU MDR Art. 87(4): a serious public health threat, 2 days;
 *   <li>Art. 87(5): a death or an unanticipated serious deterioration of health, 10 days;
 *   <li>Art. 87(3): any other serious incident, 15 days;
 *   <li>21 CFR 803.50: 30 calendar days; 803.53: 5 work days where remedial action is needed to
 *       prevent an unreasonable risk of substantial harm, or FDA asks in writing.
 * </ul>
 *
 * Work days are Monday to Friday; public holidays are not known here and are not skipped, so a
 * deadline is never later than the regulation's.
 */
public enum ReportingDeadline {
    MDR_SERIOUS_PUBLIC_HEALTH_THREAT("EU MDR Art. 87(4)", 2, false),
    MDR_DEATH_OR_UNANTICIPATED_SERIOUS_DETERIORATION("EU MDR Art. 87(5)", 10, false),
    MDR_OTHER_SERIOUS_INCIDENT("EU MDR Art. 87(3)", 15, false),
    FDA_MDR_30_CALENDAR_DAYS("21 CFR 803.50", 30, false),
    FDA_MDR_5_WORK_DAYS("21 CFR 803.53", 5, true);

    private final String source;
    private final int days;
    private final boolean workDays;

    ReportingDeadline(String source, int days, boolean workDays) {
        this.source = source;
        this.days = days;
        this.workDays = workDays;
    }

    /** The last day on which the report is in time. */
    public LocalDate dueOn(LocalDate awareness) {
        Objects.requireNonNull(awareness, "awareness");
        if (!workDays) {
            return awareness.plusDays(days);
        }
        LocalDate day = awareness;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    public String source() {
        return source;
    }

    /** "15 days" or "5 work days". */
    public String period() {
        return days + (workDays ? " work days" : " days");
    }
}
