package org.implantdhr.rules.buildlog;

import java.math.BigDecimal;

/**
 * What the release rules need from a build log, derived by {@link BuildLogAnalysis}.
 *
 * @param longestExcursionSeconds longest continuous time above {@code excursionThresholdPpm}, exact
 *     to the logged millisecond (a snapshot made before milliseconds holds whole seconds)
 * @param gapCount number of places where the log jumps forward by more than one layer
 * @param repeatCount number of places where the log goes back to an earlier layer (specification
 *     1.0)
 * @param firstGapAfterLayer the layer after which the first gap occurs, null when none
 * @param firstRepeatedLayer the first layer logged again after a later one, null when none
 * @param duplicateCount rows whose layer number occurred in an earlier row, consecutive or not
 *     (specification 1.1's repeats); null in a snapshot made before it was derived
 * @param firstDuplicateLayer the layer number of the first such row, null when none
 */
public record BuildLogMeasures(
        int sampleCount,
        BigDecimal excursionThresholdPpm,
        BigDecimal o2AtExposureStartPpm,
        BigDecimal maxO2Ppm,
        BigDecimal longestExcursionSeconds,
        int firstLayer,
        int lastLayer,
        int gapCount,
        int repeatCount,
        Integer firstGapAfterLayer,
        Integer firstRepeatedLayer,
        Integer duplicateCount,
        Integer firstDuplicateLayer) {

    /** Specification 1.0: from layer 1, no gap, never back to an earlier layer. */
    public boolean layersContinuousFromOne() {
        return firstLayer == 1 && gapCount == 0 && repeatCount == 0;
    }

    /**
     * Specification 1.1: from layer 1, no gap, no layer number twice; null when the duplicates were
     * not derived.
     */
    public Boolean layersOnceEachFromOne() {
        return duplicateCount == null
                ? null
                : firstLayer == 1 && gapCount == 0 && duplicateCount == 0;
    }
}
