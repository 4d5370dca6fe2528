package org.implantdhr.outcome.control;

import java.util.List;

/**
 * The hospital stay of one group: for each discharged patient the days from the operation to the
 * discharge (the study's endpoint, "time after surgery till the end of hospitalization", expected
 * 15–30 days), and from admission to discharge. Median and mean are exact fractions.
 *
 * @param patients implanted patients in the group
 * @param postOperativeDays per discharged patient, ascending
 * @param admissionDays per discharged patient, ascending
 */
public record HospitalStay(
        String group, long patients, List<Long> postOperativeDays, List<Long> admissionDays) {

    /** The study's window for the stay after the operation. */
    public static final long STUDY_WINDOW_DAYS = 30;

    public HospitalStay {
        postOperativeDays = postOperativeDays.stream().sorted().toList();
        admissionDays = admissionDays.stream().sorted().toList();
    }

    public long discharged() {
        return postOperativeDays.size();
    }

    /**
     * Discharged within 30 days of the operation, of all implanted (a stay not yet ended is not
     * within).
     */
    public Share withinStudyWindow() {
        return Share.good(
                postOperativeDays.stream().filter(d -> d <= STUDY_WINDOW_DAYS).count(), patients);
    }

    public static Rational median(List<Long> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1
                ? Rational.of(sorted.get(n / 2), 1)
                : Rational.of(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
    }

    public static Rational mean(List<Long> values) {
        return values.isEmpty()
                ? null
                : Rational.of(values.stream().mapToLong(Long::longValue).sum(), values.size());
    }
}
