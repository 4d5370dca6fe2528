package org.implantdhr.rules.furnace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.implantdhr.rules.specification.Specification;

/**
 * Derives the furnace measures from the raw chart in a few linear passes (no per-sample objects).
 * Band and window come from the specification (HT-BAND/band, HT-RATE/window_minutes).
 */
public final class FurnaceChartAnalysis {

    private final double bandLower;
    private final double bandUpper;
    private final BigDecimal bandLowerC;
    private final BigDecimal bandUpperC;
    private final BigDecimal windowMinutes;
    private final long windowSeconds;

    public FurnaceChartAnalysis(BigDecimal bandLowerC, BigDecimal bandUpperC, BigDecimal windowMinutes) {
        this.bandLowerC = bandLowerC;
        this.bandUpperC = bandUpperC;
        this.bandLower = bandLowerC.doubleValue();
        this.bandUpper = bandUpperC.doubleValue();
        this.windowMinutes = windowMinutes;
        this.windowSeconds = windowMinutes.multiply(BigDecimal.valueOf(60)).longValueExact();
    }

    public static FurnaceChartAnalysis per(Specification specification) {
        var band = specification.getLimit("HT-BAND", "band");
        return new FurnaceChartAnalysis(band.lower(), band.upper(),
                specification.getLimit("HT-RATE", "window_minutes").number());
    }

    public FurnaceMeasures analyse(FurnaceTrace trace) {
        long[] t = trace.epochSeconds();
        int n = t.length;
        double[] coldest = new double[n];
        double[] hottest = new double[n];
        spread(trace.loadThermocouplesC(), coldest, hottest);
        Soak soak = longestSoak(t, coldest, hottest);
        int endOfHeatingAndSoak = soak.found() ? soak.lastSample : n - 1;
        return new FurnaceMeasures(n, trace.loadThermocouplesC().length, bandLowerC, bandUpperC, windowMinutes,
                soak.minutes(t), soak.found() ? Instant.ofEpochSecond(t[soak.firstSample]) : null,
                soak.found() ? Instant.ofEpochSecond(t[soak.lastSample]) : null,
                BigDecimal.valueOf(max(hottest, n - 1)),
                maxHeatingRate(t, trace.loadThermocouplesC()),
                trace.vacuumMbar() == null ? null : BigDecimal.valueOf(max(trace.vacuumMbar(), endOfHeatingAndSoak)),
                trace.dewPointC() == null ? null : BigDecimal.valueOf(max(trace.dewPointC(), endOfHeatingAndSoak)),
                BigDecimal.valueOf(hottest[doorOpenSample(trace)]));
    }

    private static void spread(double[][] thermocouples, double[] coldest, double[] hottest) {
        System.arraycopy(thermocouples[0], 0, coldest, 0, coldest.length);
        System.arraycopy(thermocouples[0], 0, hottest, 0, hottest.length);
        for (int k = 1; k < thermocouples.length; k++) {
            double[] tc = thermocouples[k];
            for (int i = 0; i < tc.length; i++) {
                if (tc[i] < coldest[i]) {
                    coldest[i] = tc[i];
                }
                if (tc[i] > hottest[i]) {
                    hottest[i] = tc[i];
                }
            }
        }
    }

    /**
     * The soak runs from the first sample at which the coldest thermocouple is in the band (and none above it) to
     * the last consecutive such sample; time after the last in-band sample is not credited.
     */
    private Soak longestSoak(long[] t, double[] coldest, double[] hottest) {
        Soak best = Soak.NONE;
        int start = -1;
        for (int i = 0; i <= t.length; i++) {
            boolean inBand = i < t.length && coldest[i] >= bandLower && hottest[i] <= bandUpper;
            if (inBand && start < 0) {
                start = i;
            } else if (!inBand && start >= 0) {
                if (!best.found() || t[i - 1] - t[start] > t[best.lastSample] - t[best.firstSample]) {
                    best = new Soak(start, i - 1);
                }
                start = -1;
            }
        }
        return best;
    }

    /**
     * Highest rise of any thermocouple over [t, t + window], the window ending at the first sample ≥ t + window.
     * Rounded up so that rounding can never turn a fail into a pass.
     */
    private BigDecimal maxHeatingRate(long[] t, double[][] thermocouples) {
        double maxRate = 0;
        int j = 0;
        for (int i = 0; i < t.length; i++) {
            if (j < i) {
                j = i;
            }
            while (j < t.length && t[j] - t[i] < windowSeconds) {
                j++;
            }
            if (j == t.length) {
                break;
            }
            double minutes = (t[j] - t[i]) / 60.0;
            for (double[] tc : thermocouples) {
                double rate = (tc[j] - tc[i]) / minutes;
                if (rate > maxRate) {
                    maxRate = rate;
                }
            }
        }
        return BigDecimal.valueOf(maxRate).setScale(3, RoundingMode.UP).stripTrailingZeros();
    }

    private static int doorOpenSample(FurnaceTrace trace) {
        long[] t = trace.epochSeconds();
        if (trace.doorOpenEpochSecond() == null) {
            return t.length - 1;
        }
        int sample = 0;
        while (sample + 1 < t.length && t[sample + 1] <= trace.doorOpenEpochSecond()) {
            sample++;
        }
        return sample;
    }

    private static double max(double[] values, int lastIndex) {
        double max = values[0];
        for (int i = 1; i <= lastIndex; i++) {
            if (values[i] > max) {
                max = values[i];
            }
        }
        return max;
    }

    private record Soak(int firstSample, int lastSample) {
        static final Soak NONE = new Soak(-1, -1);

        boolean found() {
            return firstSample >= 0;
        }

        BigDecimal minutes(long[] t) {
            if (!found()) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(t[lastSample] - t[firstSample])
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN).stripTrailingZeros();
        }
    }
}
