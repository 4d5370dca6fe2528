package org.implantdhr.rules.buildlog;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.implantdhr.rules.exact.DecimalThreshold;
import org.implantdhr.rules.specification.Specification;

/**
 * Derives the build-log measures in one pass; the excursion threshold comes from the specification.
 * Times are the logged milliseconds and readings the logged decimals, compared exactly ({@link
 * DecimalThreshold}).
 */
public final class BuildLogAnalysis {

    private static final BigDecimal MILLIS_PER_SECOND = BigDecimal.valueOf(1000);

    private final DecimalThreshold threshold;

    public BuildLogAnalysis(BigDecimal excursionThresholdPpm) {
        this.threshold = new DecimalThreshold(excursionThresholdPpm);
    }

    public static BuildLogAnalysis per(Specification specification) {
        return new BuildLogAnalysis(
                specification.getLimit("BLD-O2", "excursion_threshold_ppm").upper());
    }

    /**
     * An excursion lasts from its first reading above the threshold until the next reading at or
     * below it (or the last sample): the gas is taken to be above the threshold until a reading
     * shows otherwise.
     */
    public BuildLogMeasures analyse(BuildLogTrace trace) {
        int[] layers = trace.layers();
        long[] t = trace.epochMillis();
        double[] o2 = trace.o2Ppm();
        long exposureStart =
                trace.exposureStartEpochMilli() == null ? t[0] : trace.exposureStartEpochMilli();
        int atStart = -1;
        // the order of two logged doubles is the order of their decimals, so the highest double is
        // the highest reading
        double max = o2[0];
        long longest = 0;
        long excursionStart = Long.MIN_VALUE;
        boolean inExcursion = false;
        int gaps = 0;
        int repeats = 0;
        Integer firstGapAfter = null;
        Integer firstRepeat = null;
        int highestLayer = layers[0];
        for (int i = 0; i < t.length; i++) {
            if (atStart < 0 && t[i] >= exposureStart) {
                atStart = i;
            }
            if (o2[i] > max) {
                max = o2[i];
            }
            boolean above = threshold.isBelow(o2[i]);
            if (above && !inExcursion) {
                inExcursion = true;
                excursionStart = t[i];
            } else if (!above && inExcursion) {
                longest = Math.max(longest, t[i] - excursionStart);
                inExcursion = false;
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
        if (inExcursion) {
            longest = Math.max(longest, t[t.length - 1] - excursionStart);
        }
        Duplicates duplicates = duplicates(layers);
        return new BuildLogMeasures(
                t.length,
                threshold.value(),
                atStart < 0 ? null : BigDecimal.valueOf(o2[atStart]),
                BigDecimal.valueOf(max),
                seconds(longest),
                layers[0],
                highestLayer,
                gaps,
                repeats,
                firstGapAfter,
                firstRepeat,
                duplicates.count,
                duplicates.first);
    }

    /** Milliseconds as seconds: a quotient by 1000 always terminates, so this is exact. */
    private static BigDecimal seconds(long millis) {
        BigDecimal seconds =
                BigDecimal.valueOf(millis).divide(MILLIS_PER_SECOND).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    /**
     * Rows whose layer number occurred in an earlier row (specification 1.1: consecutive or not).
     */
    private static Duplicates duplicates(int[] layers) {
        int count = 0;
        Integer first = null;
        BitSet seen = new BitSet();
        Set<Integer> seenNegative = null;
        for (int layer : layers) {
            boolean before;
            if (layer >= 0) {
                before = seen.get(layer);
                seen.set(layer);
            } else {
                seenNegative = seenNegative == null ? new HashSet<>() : seenNegative;
                before = !seenNegative.add(layer);
            }
            if (before) {
                count++;
                first = first == null ? layer : first;
            }
        }
        return new Duplicates(count, first);
    }

    private record Duplicates(int count, Integer first) {}
}
