package org.implantdhr.rules.buildlog;

import java.math.BigDecimal;

/**
 * What the release rules need from a build log, derived by {@link BuildLogAnalysis}.
 *
 * @param longestExcursionSeconds longest continuous time above {@code excursionThresholdPpm}
 * @param gapCount                number of places where the log jumps forward by more than one layer
 * @param repeatCount             number of places where the log goes back to an earlier layer
 * @param firstGapAfterLayer      the layer after which the first gap occurs, null when none
 * @param firstRepeatedLayer      the first layer logged again after a later one, null when none
 */
public record BuildLogMeasures(int sampleCount, BigDecimal excursionThresholdPpm, BigDecimal o2AtExposureStartPpm,
                               BigDecimal maxO2Ppm, long longestExcursionSeconds, int firstLayer, int lastLayer,
                               int gapCount, int repeatCount, Integer firstGapAfterLayer, Integer firstRepeatedLayer) {

    public boolean layersContinuousFromOne() {
        return firstLayer == 1 && gapCount == 0 && repeatCount == 0;
    }
}
