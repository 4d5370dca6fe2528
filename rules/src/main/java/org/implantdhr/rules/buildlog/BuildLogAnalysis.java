package org.implantdhr.rules.buildlog;

import java.math.BigDecimal;

import org.implantdhr.rules.specification.Specification;

/** Derives the build-log measures in one pass; the excursion threshold comes from the specification. */
public final class BuildLogAnalysis {

    private final BigDecimal thresholdPpm;
    private final double threshold;

    public BuildLogAnalysis(BigDecimal excursionThresholdPpm) {
        this.thresholdPpm = excursionThresholdPpm;
        this.threshold = excursionThresholdPpm.doubleValue();
    }

    public static BuildLogAnalysis per(Specification specification) {
        return new BuildLogAnalysis(specification.getLimit("BLD-O2", "excursion_threshold_ppm").upper());
    }

    /**
     * An excursion lasts from its first reading above the threshold until the next reading at or below it (or the
     * last sample): the gas is taken to be above the threshold until a reading shows otherwise.
     */
    public BuildLogMeasures analyse(BuildLogTrace trace) {
        int[] layers = trace.layers();
        long[] t = trace.epochSeconds();
        double[] o2 = trace.o2Ppm();
        long exposureStart = trace.exposureStartEpochSecond() == null ? t[0] : trace.exposureStartEpochSecond();
        Double atStart = null;
        double max = o2[0];
        long longest = 0;
        long excursionStart = -1;
        int gaps = 0;
        int repeats = 0;
        Integer firstGapAfter = null;
        Integer firstRepeat = null;
        int highestLayer = layers[0];
        for (int i = 0; i < t.length; i++) {
            if (atStart == null && t[i] >= exposureStart) {
                atStart = o2[i];
            }
            max = Math.max(max, o2[i]);
            if (o2[i] > threshold && excursionStart < 0) {
                excursionStart = t[i];
            } else if (o2[i] <= threshold && excursionStart >= 0) {
                longest = Math.max(longest, t[i] - excursionStart);
                excursionStart = -1;
            }
            if (i > 0 && layers[i] != layers[i - 1]) {
                if (layers[i] <= highestLayer) {
                    repeats++;
                    firstRepeat = firstRepeat == null ? layers[i] : firstRepeat;
                } else if (layers[i] > highestLayer + 1) {
                    gaps++;
                    firstGapAfter = firstGapAfter == null ? highestLayer : firstGapAfter;
                }
                highestLayer = Math.max(highestLayer, layers[i]);
            }
        }
        if (excursionStart >= 0) {
            longest = Math.max(longest, t[t.length - 1] - excursionStart);
        }
        return new BuildLogMeasures(t.length, thresholdPpm, atStart == null ? null : BigDecimal.valueOf(atStart),
                BigDecimal.valueOf(max), longest, layers[0], highestLayer, gaps, repeats, firstGapAfter, firstRepeat);
    }
}
