package org.implantdhr.documents;

import java.util.List;
import java.util.Objects;

/**
 * A Kaplan–Meier curve to draw: the estimate as a step function over months since the operation,
 * its confidence band, the censoring marks and the numbers at risk under the axis. All values are
 * already computed (and rounded) by the caller; the document only draws them.
 *
 * @param steps the curve's corners in time order, starting at month 0 with survival 1
 * @param censored where a patient left follow-up event-free (month, survival at that moment)
 * @param atRisk numbers at risk at whole months shown under the axis
 * @param lastMonth the end of the time axis
 * @param followedUntilMonth the longest follow-up: the curve ends there
 */
public record SurvivalPlot(
        List<Step> steps,
        List<Mark> censored,
        List<AtRisk> atRisk,
        double lastMonth,
        double followedUntilMonth) {

    /** From this month on, the estimate is {@code survival} with the interval [lower, upper]. */
    public record Step(double month, double survival, Double lower, Double upper) {}

    public record Mark(double month, double survival) {}

    public record AtRisk(int month, int patients) {}

    public SurvivalPlot {
        steps = List.copyOf(steps);
        censored = List.copyOf(censored);
        atRisk = List.copyOf(atRisk);
        Objects.requireNonNull(steps, "steps");
        if (!(lastMonth > 0)) {
            throw new IllegalArgumentException("the time axis needs a positive length");
        }
    }
}
