package org.implantdhr.outcome.control;

/**
 * One patient on the study's time scale: whole days from the operation to the first event
 * (recurrence or death) or, when there was none, to the last assessment that found the patient
 * disease-free (censored there).
 */
public record SurvivalTime(long days, boolean event) {

    public SurvivalTime {
        if (days < 0) {
            throw new IllegalArgumentException("a follow-up time cannot be before the operation");
        }
    }

    public static SurvivalTime event(long days) {
        return new SurvivalTime(days, true);
    }

    public static SurvivalTime censored(long days) {
        return new SurvivalTime(days, false);
    }
}
