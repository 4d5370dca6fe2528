package org.implantdhr.outcome.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How outcome numbers are shown, each rounded against the device: a survival estimate and a mean
 * gain down, a mean stay up, an interval outward. Exact values are kept in the JSON; these texts
 * are for pages and the report.
 */
public final class OutcomeFormat {

    private OutcomeFormat() {}

    /** A survival probability as a percentage, rounded down to 0.1 %: "87.5 %". */
    public static String survival(Rational survival) {
        return survival.times(Rational.of(100, 1)).floor(1).toPlainString() + " %";
    }

    /** As {@link #survival(Rational)}, or why there is no estimate at that day. */
    public static String survival(SurvivalCurve curve, long day) {
        return curve.estimateAt(day)
                .map(OutcomeFormat::survival)
                .orElse("not reached (longest follow-up day " + curve.lastDay() + ")");
    }

    /** "38.7–98.2 %", the ends rounded outward to 0.1 %; "—" where there is none. */
    public static String interval(Optional<ConfidenceInterval> interval) {
        return interval.map(
                        ci ->
                                ci.lower()
                                                .movePointRight(2)
                                                .setScale(1, RoundingMode.FLOOR)
                                                .toPlainString()
                                        + "–"
                                        + ci.upper()
                                                .movePointRight(2)
                                                .setScale(1, RoundingMode.CEILING)
                                                .toPlainString()
                                        + " %")
                .orElse("—");
    }

    /**
     * Days, to 0.1, rounded up (a longer stay is the unfavourable side); exact halves stay exact.
     */
    public static String days(Rational days) {
        return days == null ? "—" : days.ceiling(1).stripTrailingZeros().toPlainString();
    }

    /** A gain in points (better direction positive), rounded down to 0.1, signed: "+13.3". */
    public static String gain(Rational gain) {
        if (gain == null) {
            return "—";
        }
        BigDecimal shown = gain.floor(1);
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
    }

    /** "2 (25.0 %)" of the group's patients. */
    public static String patients(Share share) {
        return share.count()
                + (share.of() == 0 ? "" : " (" + share.percent().toPlainString() + " %)");
    }
}
