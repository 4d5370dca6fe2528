package org.implantdhr.outcome.control;

/**
 * One scale of one group, baseline to 24 months.
 *
 * @param evaluable patients with a baseline score (the denominator)
 * @param assessed of them, with a comparable score at 24 months
 * @param gainSum the sum of their gains, in points (better direction positive), exact
 * @param improved gain at least the lower end of the study's range
 * @param withinRange gain from the lower to the upper end
 * @param beyondRange gain above the upper end
 */
public record ScoreChange(
        String group,
        ImprovementRange range,
        long evaluable,
        long assessed,
        Rational gainSum,
        long improved,
        long withinRange,
        long beyondRange) {

    /** A group in which nobody has a baseline score on that scale. */
    public static ScoreChange none(String group, ImprovementRange range) {
        return new ScoreChange(group, range, 0, 0, Rational.ZERO, 0, 0, 0);
    }

    /** The mean gain of the assessed patients in points, exact; null when none was assessed. */
    public Rational meanGain() {
        return assessed == 0 ? null : gainSum.times(Rational.of(1, assessed));
    }

    /** Improved over all with a baseline: a missing 24-month score counts as not improved. */
    public Share improvedShare() {
        return Share.good(improved, evaluable);
    }
}
