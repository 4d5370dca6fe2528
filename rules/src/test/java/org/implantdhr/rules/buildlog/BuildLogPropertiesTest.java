package org.implantdhr.rules.buildlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The build-log measures against a plainly written exact oracle (decimals and whole milliseconds),
 * on generated logs with irregular millisecond sampling and O2 readings around the 1000 ppm
 * threshold, excursions around 60 s (just inside, at, 1 ms outside) and layer numbers that may
 * repeat.
 */
class BuildLogPropertiesTest {

    private static final Specification SPEC = SpecificationCsv.classpath("TI64-ELI-CW", "1.1");
    private static final Limit EXCURSION = SPEC.getLimit("BLD-O2", "excursion_seconds");
    private static final Limit PEAK = SPEC.getLimit("BLD-O2", "max_ppm");
    private static final BigDecimal THRESHOLD =
            SPEC.getLimit("BLD-O2", "excursion_threshold_ppm").upper();

    /** One generated log: times in ms, readings as the logger's decimal text, layer numbers. */
    record Log(List<Long> millis, List<BigDecimal> o2, List<Integer> layers) {
        BuildLogTrace trace() {
            int n = millis.size();
            int[] l = new int[n];
            long[] t = new long[n];
            double[] o = new double[n];
            for (int i = 0; i < n; i++) {
                l[i] = layers.get(i);
                t[i] = millis.get(i);
                o[i] = Double.parseDouble(o2.get(i).toPlainString());
            }
            return new BuildLogTrace(l, t, o, null);
        }
    }

    @Provide
    Arbitrary<Log> logs() {
        Arbitrary<Long> step =
                Arbitraries.oneOf(
                        Arbitraries.longs().between(1, 120_000),
                        Arbitraries.of(59_999L, 60_000L, 60_001L, 60_900L, 1L, 999L, 1_000L));
        Arbitrary<BigDecimal> reading =
                Arbitraries.oneOf(
                        Arbitraries.integers()
                                .between(9_990, 10_010)
                                .map(tenths -> BigDecimal.valueOf(tenths, 1)),
                        Arbitraries.integers()
                                .between(19_990, 20_010)
                                .map(tenths -> BigDecimal.valueOf(tenths, 1)),
                        Arbitraries.of(
                                new BigDecimal("1000"),
                                new BigDecimal("1001"),
                                new BigDecimal("999"),
                                new BigDecimal("1000.01"),
                                new BigDecimal("400.5")));
        Arbitrary<Integer> layerStep =
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(20, Arbitraries.just(1)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-5, 3)));
        return Arbitraries.integers()
                .between(1, 80)
                .flatMap(
                        n ->
                                Combinators.combine(
                                                step.list().ofSize(n),
                                                reading.list().ofSize(n),
                                                layerStep.list().ofSize(n),
                                                Arbitraries.longs()
                                                        .between(
                                                                1_780_000_000_000L,
                                                                1_790_000_000_000L))
                                        .as(
                                                (steps, readings, layerSteps, start) -> {
                                                    List<Long> t = new ArrayList<>();
                                                    List<Integer> layers = new ArrayList<>();
                                                    long now = start;
                                                    int layer = 1;
                                                    for (int i = 0; i < n; i++) {
                                                        now += i == 0 ? 0 : steps.get(i);
                                                        layer =
                                                                i == 0
                                                                        ? 1
                                                                        : layer + layerSteps.get(i);
                                                        t.add(now);
                                                        layers.add(layer);
                                                    }
                                                    return new Log(t, readings, layers);
                                                }));
    }

    @Property(tries = 500)
    void excursionPeakAndRepeatsAreTheExactOnes(@ForAll("logs") Log log) {
        BuildLogMeasures m = new BuildLogAnalysis(THRESHOLD).analyse(log.trace());

        long excursionMillis = Oracle.longestExcursionMillis(log, THRESHOLD);
        assertThat(m.longestExcursionSeconds())
                .isEqualByComparingTo(BigDecimal.valueOf(excursionMillis, 3));
        assertThat(Judge.value(EXCURSION, "O2", m.longestExcursionSeconds(), "log").outcome())
                .isEqualTo(excursionMillis <= 60_000 ? Outcome.PASS : Outcome.FAIL);
        BigDecimal peak = log.o2().stream().max(BigDecimal::compareTo).orElseThrow();
        assertThat(m.maxO2Ppm()).isEqualByComparingTo(peak);
        assertThat(Judge.value(PEAK, "O2", m.maxO2Ppm(), "log").outcome())
                .isEqualTo(
                        peak.compareTo(new BigDecimal("2000")) <= 0 ? Outcome.PASS : Outcome.FAIL);
        assertThat(m.duplicateCount()).isEqualTo(Oracle.rowsRepeatingALayer(log));
    }

    @Example
    void theReportedExcursionOf60point9SecondsFails() {
        long start = 1_780_000_000_000L;
        Log log =
                new Log(
                        List.of(start, start + 1_000, start + 61_900, start + 70_000),
                        List.of(
                                new BigDecimal("400"),
                                new BigDecimal("1500"),
                                new BigDecimal("1000"),
                                new BigDecimal("400")),
                        List.of(1, 2, 3, 4));
        BuildLogMeasures m = new BuildLogAnalysis(THRESHOLD).analyse(log.trace());

        assertThat(m.longestExcursionSeconds()).isEqualByComparingTo("60.9");
        assertThat(Judge.value(EXCURSION, "O2", m.longestExcursionSeconds(), "log").outcome())
                .isEqualTo(Outcome.FAIL);
    }

    /** Written for reading, not speed: decimals, lists and sets. */
    static final class Oracle {
        static long longestExcursionMillis(Log log, BigDecimal threshold) {
            long longest = 0;
            Long since = null;
            for (int i = 0; i < log.millis().size(); i++) {
                boolean above = log.o2().get(i).compareTo(threshold) > 0;
                if (above && since == null) {
                    since = log.millis().get(i);
                }
                if (!above && since != null) {
                    longest = Math.max(longest, log.millis().get(i) - since);
                    since = null;
                }
            }
            if (since != null) {
                longest = Math.max(longest, log.millis().get(log.millis().size() - 1) - since);
            }
            return longest;
        }

        static int rowsRepeatingALayer(Log log) {
            Set<Integer> seen = new HashSet<>();
            int repeats = 0;
            for (int layer : log.layers()) {
                if (!seen.add(layer)) {
                    repeats++;
                }
            }
            return repeats;
        }
    }
}
