package org.implantdhr.rules.furnace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.implantdhr.rules.exact.DecimalThreshold;
import org.implantdhr.rules.exact.Ratio;
import org.implantdhr.rules.exact.ScaledSeries;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;

/**
 * Derives the furnace measures from the raw chart in a few linear passes (no per-sample objects).
 * Band and window come from the specification (HT-BAND/band, HT-RATE/window_minutes); so do the
 * soak and rate limits the derived values are reported against and, from specification 1.1 on, the
 * longest allowed gap between two samples (HT-CHART/max_sample_gap), which ends a soak.
 *
 * <p>Everything is exact: times are the logged milliseconds, readings the logged decimals (compared
 * through {@link DecimalThreshold}, subtracted as whole units of {@link ScaledSeries}), and
 * quotients are {@link Ratio}s compared by cross-multiplying; a quotient is rounded only for its
 * report, toward the side on which it fails.
 */
public final class FurnaceChartAnalysis {

    private static final long MILLIS_PER_MINUTE = 60_000;

    /** Places a derived value gets at least when it is reported. */
    private static final int REPORTED_SCALE = 3;

    /**
     * Places when no limit was given to report against (an analysis built without a specification).
     */
    private static final int UNJUDGED_SCALE = 6;

    private final BigDecimal bandLowerC;
    private final BigDecimal bandUpperC;
    private final DecimalThreshold bandLower;
    private final DecimalThreshold bandUpper;
    private final BigDecimal windowMinutes;
    private final long windowMillis;
    private final Limit soakLimit;
    private final Limit rateLimit;

    /**
     * The longest gap that does not end a soak, in whole ms; Long.MAX_VALUE when the specification
     * sets none.
     */
    private final long maxGapMillis;

    public FurnaceChartAnalysis(
            BigDecimal bandLowerC, BigDecimal bandUpperC, BigDecimal windowMinutes) {
        this(bandLowerC, bandUpperC, windowMinutes, null, null, null);
    }

    /** {@code soakLimit}, {@code rateLimit} and {@code maxGap} may each be null. */
    public FurnaceChartAnalysis(
            BigDecimal bandLowerC,
            BigDecimal bandUpperC,
            BigDecimal windowMinutes,
            Limit soakLimit,
            Limit rateLimit,
            Limit maxGap) {
        this.bandLowerC = bandLowerC;
        this.bandUpperC = bandUpperC;
        this.bandLower = new DecimalThreshold(bandLowerC);
        this.bandUpper = new DecimalThreshold(bandUpperC);
        this.windowMinutes = windowMinutes;
        this.windowMillis =
                windowMinutes.multiply(BigDecimal.valueOf(MILLIS_PER_MINUTE)).longValueExact();
        this.soakLimit = soakLimit;
        this.rateLimit = rateLimit;
        this.maxGapMillis =
                maxGap == null || maxGap.upper() == null
                        ? Long.MAX_VALUE
                        : longestAllowedMillis(maxGap);
    }

    public static FurnaceChartAnalysis per(Specification specification) {
        var band = specification.getLimit("HT-BAND", "band");
        return new FurnaceChartAnalysis(
                band.lower(),
                band.upper(),
                specification.getLimit("HT-RATE", "window_minutes").number(),
                specification.findLimit("HT-SOAK", "soak_minutes").orElse(null),
                specification.findLimit("HT-RATE", "heating_rate").orElse(null),
                specification.findLimit("HT-CHART", "max_sample_gap").orElse(null));
    }

    /**
     * A whole number of ms g meets "≤ U s" when g ≤ floor(1000·U), and "< U s" when g ≤
     * ceil(1000·U) − 1.
     */
    private static long longestAllowedMillis(Limit maxGap) {
        BigDecimal millis = maxGap.upper().movePointRight(3);
        return maxGap.upperStrict()
                ? millis.setScale(0, RoundingMode.CEILING).longValueExact() - 1
                : millis.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    public FurnaceMeasures analyse(FurnaceTrace trace) {
        long[] t = trace.epochMillis();
        int n = t.length;
        double[] coldest = new double[n];
        double[] hottest = new double[n];
        spread(trace.loadThermocouplesC(), coldest, hottest);
        boolean[] inBand = new boolean[n];
        int lastInBand = -1;
        for (int i = 0; i < n; i++) {
            inBand[i] = bandLower.compare(coldest[i]) >= 0 && bandUpper.compare(hottest[i]) <= 0;
            lastInBand = inBand[i] ? i : lastInBand;
        }
        Soak soak = longestSoak(t, inBand);
        int endOfHeatingAndSoak = soak.found() ? soak.lastSample : n - 1;
        int gapAt = longestGap(t, lastInBand < 0 ? n - 1 : lastInBand);
        return new FurnaceMeasures(
                n,
                trace.loadThermocouplesC().length,
                bandLowerC,
                bandUpperC,
                windowMinutes,
                soakMinutes(soak, t),
                soak.found() ? Instant.ofEpochMilli(t[soak.firstSample]) : null,
                soak.found() ? Instant.ofEpochMilli(t[soak.lastSample]) : null,
                BigDecimal.valueOf(max(hottest, n - 1)),
                maxHeatingRate(t, trace.loadThermocouplesC()),
                trace.vacuumMbar() == null
                        ? null
                        : BigDecimal.valueOf(max(trace.vacuumMbar(), endOfHeatingAndSoak)),
                trace.dewPointC() == null
                        ? null
                        : BigDecimal.valueOf(max(trace.dewPointC(), endOfHeatingAndSoak)),
                BigDecimal.valueOf(hottest[doorOpenSample(trace)]),
                gapAt < 0 ? BigDecimal.ZERO : seconds(t[gapAt] - t[gapAt - 1]),
                gapAt < 0 ? null : Instant.ofEpochMilli(t[gapAt - 1]),
                gapAt < 0 ? null : Instant.ofEpochMilli(t[gapAt]));
    }

    /**
     * The order of logged doubles is the order of their decimals: the extremes are found on the
     * doubles.
     */
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
     * The soak runs from the first sample at which the coldest thermocouple is in the band (and
     * none above it) to the last consecutive such sample; time after the last in-band sample is not
     * credited, and neither is a gap between two samples longer than the specification allows (time
     * without a record is not time in the band).
     */
    private Soak longestSoak(long[] t, boolean[] inBand) {
        Soak best = Soak.NONE;
        int start = -1;
        for (int i = 0; i <= t.length; i++) {
            boolean continues =
                    i < t.length && inBand[i] && (start < 0 || t[i] - t[i - 1] <= maxGapMillis);
            if (start >= 0 && !continues) {
                if (!best.found()
                        || t[i - 1] - t[start] > t[best.lastSample] - t[best.firstSample]) {
                    best = new Soak(start, i - 1);
                }
                start = -1;
            }
            if (start < 0 && i < t.length && inBand[i]) {
                start = i;
            }
        }
        return best;
    }

    /**
     * The sample that ends the longest gap up to {@code lastSample}; -1 when there is no gap (one
     * sample).
     */
    private static int longestGap(long[] t, int lastSample) {
        int at = -1;
        long longest = -1;
        for (int i = 1; i <= lastSample; i++) {
            if (t[i] - t[i - 1] > longest) {
                longest = t[i] - t[i - 1];
                at = i;
            }
        }
        return at;
    }

    private BigDecimal soakMinutes(Soak soak, long[] t) {
        if (!soak.found()) {
            return BigDecimal.ZERO;
        }
        Ratio minutes = Ratio.of(t[soak.lastSample] - t[soak.firstSample], MILLIS_PER_MINUTE);
        return soakLimit == null || !soakLimit.isNumeric()
                ? minutes.reported(UNJUDGED_SCALE, RoundingMode.FLOOR)
                : minutes.reportedAgainst(soakLimit, REPORTED_SCALE);
    }

    /**
     * Highest rise of any thermocouple over [t, t + window], the window ending at the first sample
     * ≥ t + window: rise / duration compared exactly between windows (whole units of the logged
     * decimals, whole ms).
     */
    private BigDecimal maxHeatingRate(long[] t, double[][] thermocouples) {
        ScaledSeries scaled = ScaledSeries.of(thermocouples);
        long[][] units = scaled.units();
        long bestRise = 0;
        long bestMillis = 1;
        int j = 0;
        for (int i = 0; i < t.length; i++) {
            if (j < i) {
                j = i;
            }
            while (j < t.length && t[j] - t[i] < windowMillis) {
                j++;
            }
            if (j == t.length) {
                break;
            }
            long millis = t[j] - t[i];
            for (long[] tc : units) {
                long rise = tc[j] - tc[i];
                if (rise > 0
                        && ScaledSeries.compareProducts(rise, bestMillis, bestRise, millis) > 0) {
                    bestRise = rise;
                    bestMillis = millis;
                }
            }
        }
        Ratio rate =
                new Ratio(
                        BigDecimal.valueOf(bestRise, scaled.scale())
                                .multiply(BigDecimal.valueOf(MILLIS_PER_MINUTE)),
                        BigDecimal.valueOf(bestMillis));
        return rateLimit == null || !rateLimit.isNumeric()
                ? rate.reported(UNJUDGED_SCALE, RoundingMode.CEILING)
                : rate.reportedAgainst(rateLimit, REPORTED_SCALE);
    }

    private static BigDecimal seconds(long millis) {
        BigDecimal seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    private static int doorOpenSample(FurnaceTrace trace) {
        long[] t = trace.epochMillis();
        if (trace.doorOpenEpochMilli() == null) {
            return t.length - 1;
        }
        int sample = 0;
        while (sample + 1 < t.length && t[sample + 1] <= trace.doorOpenEpochMilli()) {
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
    }
}
