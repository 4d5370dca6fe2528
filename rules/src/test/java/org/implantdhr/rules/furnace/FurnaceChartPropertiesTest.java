package org.implantdhr.rules.furnace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.implantdhr.rules.Judge;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.rules.specification.SpecificationCsv;

/**
 * The furnace measures against a plainly written exact oracle (decimals, whole milliseconds,
 * cross-multiplied rates), on generated charts with irregular millisecond sampling: soaks around
 * 120 min (at, 1 ms short, 1 ms over) with readings at and 0.1 °C beyond the band edges and gaps
 * at, just over and well over 60 s; heating ramps around 10 °C/min. Under 1.0 (no gap limit) and
 * 1.1.
 */
class FurnaceChartPropertiesTest {

    private static final Specification SPEC_1_0 = SpecificationCsv.classpath("TI64-ELI-CW", "1.0");
    private static final Specification SPEC_1_1 = SpecificationCsv.classpath("TI64-ELI-CW", "1.1");
    private static final Limit SOAK = SPEC_1_1.getLimit("HT-SOAK", "soak_minutes");
    private static final Limit RATE = SPEC_1_1.getLimit("HT-RATE", "heating_rate");
    private static final Limit GAP = SPEC_1_1.getLimit("HT-CHART", "max_sample_gap");
    private static final BigDecimal LOW = new BigDecimal("790");
    private static final BigDecimal HIGH = new BigDecimal("810");
    private static final long MINUTE = 60_000;

    /**
     * One generated chart: times in ms, [thermocouple][sample] readings as the logger's decimals.
     */
    record Chart(List<Long> millis, List<List<BigDecimal>> tcs) {
        FurnaceTrace trace() {
            long[] t = millis.stream().mapToLong(Long::longValue).toArray();
            double[][] c = new double[tcs.size()][];
            for (int k = 0; k < c.length; k++) {
                c[k] =
                        tcs.get(k).stream()
                                .mapToDouble(v -> Double.parseDouble(v.toPlainString()))
                                .toArray();
            }
            return new FurnaceTrace(t, c, null, null, null);
        }
    }

    /** Heating, a soak near 120 min with edge readings and gaps, then cooling. */
    @Provide
    Arbitrary<Chart> soaks() {
        Arbitrary<Long> step =
                Arbitraries.oneOf(
                        Arbitraries.longs().between(1, 60_000),
                        Arbitraries.of(60_000L, 60_001L, 59_999L, 120_000L, 900L));
        Arbitrary<BigDecimal> inBand =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                new BigDecimal("790"),
                                new BigDecimal("790.0"),
                                new BigDecimal("810"),
                                new BigDecimal("800.5"),
                                new BigDecimal("809.99")),
                        Arbitraries.integers()
                                .between(7_900, 8_100)
                                .map(tenths -> BigDecimal.valueOf(tenths, 1)));
        Arbitrary<BigDecimal> outside =
                Arbitraries.of(
                        new BigDecimal("789.9"),
                        new BigDecimal("810.1"),
                        new BigDecimal("789.99"),
                        new BigDecimal("700"));
        Arbitrary<Long> endOffset =
                Arbitraries.oneOf(
                        Arbitraries.of(-1L, 0L, 1L), Arbitraries.longs().between(-90_000, 90_000));
        return Arbitraries.integers()
                .between(1, 3)
                .flatMap(
                        tcCount ->
                                Arbitraries.integers()
                                        .between(3, 150)
                                        .flatMap(
                                                n ->
                                                        Combinators.combine(
                                                                        step.list().ofSize(n),
                                                                        inBand.list()
                                                                                .ofSize(
                                                                                        n
                                                                                                * tcCount),
                                                                        Arbitraries.integers()
                                                                                .between(0, 40)
                                                                                .list()
                                                                                .ofSize(3),
                                                                        outside.list().ofSize(3),
                                                                        endOffset)
                                                                .as(
                                                                        (steps,
                                                                                readings,
                                                                                dips,
                                                                                dipValues,
                                                                                offset) ->
                                                                                chart(
                                                                                        tcCount, n,
                                                                                        steps,
                                                                                        readings,
                                                                                        dips,
                                                                                        dipValues,
                                                                                        offset))));
    }

    private static Chart chart(
            int tcCount,
            int n,
            List<Long> steps,
            List<BigDecimal> readings,
            List<Integer> dips,
            List<BigDecimal> dipValues,
            long offset) {
        List<Long> t = new ArrayList<>();
        long start = 1_780_000_000_123L;
        t.add(start); // heating: below the band
        long now = start + 600_000;
        long soakStart = now;
        long stepsTotal = steps.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < n; i++) {
            t.add(now);
            // stretch the soak samples so that they end near 120 min (exactly, ±1 ms, or anywhere
            // near)
            now =
                    i + 1 < n
                            ? now
                                    + Math.max(
                                            1,
                                            steps.get(i) * (120 * MINUTE) / Math.max(1, stepsTotal))
                            : now;
        }
        long end = soakStart + 120 * MINUTE + offset;
        if (end > t.get(t.size() - 2) && n > 1) {
            t.set(t.size() - 1, end);
        }
        t.add(t.get(t.size() - 1) + 300_000); // cooling: below the band
        List<List<BigDecimal>> tcs = new ArrayList<>();
        for (int k = 0; k < tcCount; k++) {
            List<BigDecimal> tc = new ArrayList<>();
            tc.add(new BigDecimal("400"));
            for (int i = 0; i < n; i++) {
                tc.add(readings.get(k * n + i));
            }
            tc.add(new BigDecimal("500"));
            tcs.add(tc);
        }
        for (int d = 0; d < dips.size(); d++) { // a few dips out of the band, maybe
            int at = dips.get(d);
            if (at > 0 && at <= n && d < 2) {
                tcs.get(d % tcCount).set(at, dipValues.get(d));
            }
        }
        return new Chart(t, tcs);
    }

    /** Irregular sampling with a rise near 10 °C/min. */
    @Provide
    Arbitrary<Chart> ramps() {
        Arbitrary<Long> step = Arbitraries.longs().between(20_000, 80_000);
        Arbitrary<Integer> wobble = Arbitraries.integers().between(-3, 3);
        return Arbitraries.integers()
                .between(6, 60)
                .flatMap(
                        n ->
                                Combinators.combine(
                                                step.list().ofSize(n),
                                                wobble.list().ofSize(n),
                                                Arbitraries.of(
                                                        new BigDecimal("10"),
                                                        new BigDecimal("8"),
                                                        new BigDecimal("9.9"),
                                                        new BigDecimal("10.1")))
                                        .as(
                                                (steps, wobbles, rate) -> {
                                                    List<Long> t = new ArrayList<>();
                                                    List<BigDecimal> tc = new ArrayList<>();
                                                    long now = 1_780_000_000_000L;
                                                    BigDecimal temperature = new BigDecimal("20.0");
                                                    for (int i = 0; i < n; i++) {
                                                        t.add(now);
                                                        tc.add(temperature);
                                                        long dt = steps.get(i);
                                                        now += dt;
                                                        // rise = rate × dt / 60000, to 0.1 °C,
                                                        // wobbling by up to 0.3 °C
                                                        temperature =
                                                                temperature
                                                                        .add(
                                                                                rate.multiply(
                                                                                                BigDecimal
                                                                                                        .valueOf(
                                                                                                                dt))
                                                                                        .divide(
                                                                                                BigDecimal
                                                                                                        .valueOf(
                                                                                                                MINUTE),
                                                                                                1,
                                                                                                java
                                                                                                        .math
                                                                                                        .RoundingMode
                                                                                                        .HALF_EVEN))
                                                                        .add(
                                                                                BigDecimal.valueOf(
                                                                                        wobbles.get(
                                                                                                i),
                                                                                        1));
                                                    }
                                                    return new Chart(t, List.of(tc));
                                                }));
    }

    @Property(tries = 400)
    void soakUnder11IsTheExactLongestIntervalInTheBandWithoutALongGap(
            @ForAll("soaks") Chart chart) {
        checkSoak(chart, SPEC_1_1, 60_000);
    }

    @Property(tries = 200)
    void soakUnder10IgnoresGaps(@ForAll("soaks") Chart chart) {
        checkSoak(chart, SPEC_1_0, Long.MAX_VALUE);
    }

    private static void checkSoak(Chart chart, Specification spec, long maxGap) {
        FurnaceMeasures m = FurnaceChartAnalysis.per(spec).analyse(chart.trace());

        long[] soak = Oracle.longestSoak(chart, maxGap);
        long soakMillis = soak == null ? 0 : soak[1] - soak[0];
        Outcome expected = soakMillis >= 120 * MINUTE ? Outcome.PASS : Outcome.FAIL;
        assertThat(Judge.value(SOAK, "soak", m.soakMinutes(), "chart").outcome())
                .as("soak of %d ms reported as %s min", soakMillis, m.soakMinutes())
                .isEqualTo(expected);
        assertCloseTo(
                m.soakMinutes(),
                BigDecimal.valueOf(soakMillis)
                        .divide(BigDecimal.valueOf(MINUTE), MathContext.DECIMAL128));
        assertThat(m.soakMinutes().multiply(BigDecimal.valueOf(MINUTE)))
                .as("a soak is never reported longer than it was")
                .isLessThanOrEqualTo(BigDecimal.valueOf(soakMillis));
        if (soak != null) {
            assertThat(m.soakStart().toEpochMilli()).isEqualTo(soak[0]);
            assertThat(m.soakEnd().toEpochMilli()).isEqualTo(soak[1]);
        }
        long gap = Oracle.longestGapUpToTheLastSampleInTheBand(chart);
        assertThat(m.maxSampleGapSeconds()).isEqualByComparingTo(BigDecimal.valueOf(gap, 3));
        assertThat(Judge.value(GAP, "gap", m.maxSampleGapSeconds(), "chart").outcome())
                .isEqualTo(gap <= 60_000 ? Outcome.PASS : Outcome.FAIL);
        assertThat(m.maxLoadC())
                .isEqualByComparingTo(
                        chart.tcs().stream()
                                .flatMap(List::stream)
                                .max(BigDecimal::compareTo)
                                .orElseThrow());
    }

    @Property(tries = 400)
    void heatingRateIsTheExactSteepestWindow(@ForAll("ramps") Chart chart) {
        FurnaceMeasures m = FurnaceChartAnalysis.per(SPEC_1_1).analyse(chart.trace());

        BigDecimal[] steepest = Oracle.steepestRise(chart, 5 * MINUTE); // {rise, ms}
        BigDecimal risePerMinuteTimesMs = steepest[0].multiply(BigDecimal.valueOf(MINUTE));
        boolean within = risePerMinuteTimesMs.compareTo(BigDecimal.TEN.multiply(steepest[1])) <= 0;
        assertThat(Judge.value(RATE, "rate", m.maxHeatingRateCPerMin(), "chart").outcome())
                .as(
                        "steepest %s °C in %s ms reported %s",
                        steepest[0], steepest[1], m.maxHeatingRateCPerMin())
                .isEqualTo(within ? Outcome.PASS : Outcome.FAIL);
        BigDecimal exact = risePerMinuteTimesMs.divide(steepest[1], MathContext.DECIMAL128);
        assertCloseTo(m.maxHeatingRateCPerMin(), exact);
        assertThat(m.maxHeatingRateCPerMin())
                .as("a rate is never reported lower than it was")
                .isGreaterThanOrEqualTo(exact);
    }

    @Example
    void theIssuesFurnaceCases() {
        long t0 = 1_780_000_000_000L;
        // a 5-minute window rising exactly 50.0 °C
        FurnaceMeasures rise =
                FurnaceChartAnalysis.per(SPEC_1_1)
                        .analyse(
                                new FurnaceTrace(
                                        new long[] {t0, t0 + 5 * MINUTE},
                                        new double[][] {{463.7, 513.7}},
                                        null,
                                        null,
                                        null));
        assertThat(rise.maxHeatingRateCPerMin()).isEqualByComparingTo("10");
        // a steady 8.0 °C/min ramp sampled every minute
        double[] ramp = new double[20];
        long[] minutes = new long[20];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] =
                    Double.parseDouble(
                            BigDecimal.valueOf(200)
                                    .add(BigDecimal.valueOf(8).multiply(BigDecimal.valueOf(i)))
                                    .toPlainString());
            minutes[i] = t0 + i * MINUTE;
        }
        assertThat(
                        FurnaceChartAnalysis.per(SPEC_1_1)
                                .analyse(
                                        new FurnaceTrace(
                                                minutes, new double[][] {ramp}, null, null, null))
                                .maxHeatingRateCPerMin())
                .isEqualByComparingTo("8");
        // a soak of 119.985 min: the first in-band sample at .900 s
        long first = t0 + 60_900;
        FurnaceMeasures soak =
                FurnaceChartAnalysis.per(SPEC_1_0)
                        .analyse(
                                new FurnaceTrace(
                                        new long[] {
                                            t0,
                                            first,
                                            first + 60 * MINUTE,
                                            t0 + 121 * MINUTE,
                                            t0 + 125 * MINUTE
                                        },
                                        new double[][] {{700, 800, 800, 800, 500}},
                                        null,
                                        null,
                                        null));
        assertThat(soak.soakMinutes()).isEqualByComparingTo("119.985");
        assertThat(Judge.value(SOAK, "soak", soak.soakMinutes(), "").outcome())
                .isEqualTo(Outcome.FAIL);
        // two minutes without a sample in the middle of the soak: under 1.1 not time in the band
        long[] withGap = {
            t0,
            t0 + MINUTE,
            t0 + 61 * MINUTE,
            t0 + 63 * MINUTE,
            t0 + 123 * MINUTE,
            t0 + 130 * MINUTE
        };
        double[][] readings = {{700, 800, 800, 800, 800, 500}};
        assertThat(
                        FurnaceChartAnalysis.per(SPEC_1_0)
                                .analyse(new FurnaceTrace(withGap, readings, null, null, null))
                                .soakMinutes())
                .isEqualByComparingTo("122");
        FurnaceMeasures gapped =
                FurnaceChartAnalysis.per(SPEC_1_1)
                        .analyse(new FurnaceTrace(withGap, readings, null, null, null));
        assertThat(gapped.soakMinutes()).isLessThan(new BigDecimal("120"));
        assertThat(gapped.maxSampleGapSeconds()).isEqualByComparingTo("3600");
    }

    /** Within one unit of the report's last place. */
    private static void assertCloseTo(BigDecimal reported, BigDecimal exact) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(reported.scale(), 0));
        assertThat(reported.subtract(exact).abs())
                .as("%s reported for %s", reported, exact)
                .isLessThanOrEqualTo(unit);
    }

    /** Written for reading, not speed: decimals and whole milliseconds. */
    static final class Oracle {

        static boolean inBand(Chart chart, int sample) {
            for (List<BigDecimal> tc : chart.tcs()) {
                BigDecimal v = tc.get(sample);
                if (v.compareTo(LOW) < 0 || v.compareTo(HIGH) > 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {first ms, last ms} of the longest run of in-band samples without a gap over maxGap; null
         * when none.
         */
        static long[] longestSoak(Chart chart, long maxGap) {
            long[] best = null;
            Integer start = null;
            List<Long> t = chart.millis();
            for (int i = 0; i < t.size(); i++) {
                boolean in = inBand(chart, i);
                boolean joins = in && start != null && t.get(i) - t.get(i - 1) <= maxGap;
                if (start != null && !joins) {
                    best = longer(best, new long[] {t.get(start), t.get(i - 1)});
                    start = null;
                }
                if (in && start == null) {
                    start = i;
                }
            }
            if (start != null) {
                best = longer(best, new long[] {t.get(start), t.get(t.size() - 1)});
            }
            return best;
        }

        private static long[] longer(long[] best, long[] candidate) {
            return best == null || candidate[1] - candidate[0] > best[1] - best[0]
                    ? candidate
                    : best;
        }

        static long longestGapUpToTheLastSampleInTheBand(Chart chart) {
            int last = chart.millis().size() - 1;
            for (int i = chart.millis().size() - 1; i >= 0; i--) {
                if (inBand(chart, i)) {
                    last = i;
                    break;
                }
            }
            long longest = 0;
            for (int i = 1; i <= last; i++) {
                longest = Math.max(longest, chart.millis().get(i) - chart.millis().get(i - 1));
            }
            return longest;
        }

        /**
         * {rise °C, ms} of the steepest window [t, first sample ≥ t + window]; {0, 1} when none
         * rises.
         */
        static BigDecimal[] steepestRise(Chart chart, long window) {
            BigDecimal[] best = {BigDecimal.ZERO, BigDecimal.ONE};
            List<Long> t = chart.millis();
            for (int i = 0; i < t.size(); i++) {
                int j = i;
                while (j < t.size() && t.get(j) - t.get(i) < window) {
                    j++;
                }
                if (j == t.size()) {
                    break;
                }
                BigDecimal ms = BigDecimal.valueOf(t.get(j) - t.get(i));
                for (List<BigDecimal> tc : chart.tcs()) {
                    BigDecimal rise = tc.get(j).subtract(tc.get(i));
                    if (rise.multiply(best[1]).compareTo(best[0].multiply(ms)) > 0) {
                        best = new BigDecimal[] {rise, ms};
                    }
                }
            }
            return best;
        }
    }
}
