package org.implantdhr.rules;

import java.math.BigDecimal;
import java.util.Arrays;

import org.implantdhr.rules.buildlog.BuildLogAnalysis;
import org.implantdhr.rules.buildlog.BuildLogTrace;
import org.implantdhr.rules.facts.Characteristic;
import org.implantdhr.rules.facts.CharacteristicKind;
import org.implantdhr.rules.furnace.FurnaceChartAnalysis;
import org.implantdhr.rules.furnace.FurnaceTrace;
import org.implantdhr.rules.specification.Specification;

/**
 * Times one full evaluation (5,000 layers, 30,000 × 6 furnace samples, 200 characteristics) after warm-up:
 * {@code ./mvnw -q -pl rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.implantdhr.rules.EvaluationBenchmark}. Reports, never asserts.
 */
public final class EvaluationBenchmark {

    public static void main(String[] args) {
        Specification spec = EvaluationFixture.SPEC;
        FurnaceTrace furnace = furnaceTrace();
        BuildLogTrace log = buildLog();
        ConformingImplant implant = ConformingImplant.facts();
        for (int i = 0; i < 196; i++) {
            implant.characteristics.add(new Characteristic("c" + i, CharacteristicKind.OTHER, BigDecimal.TEN,
                    new BigDecimal("0.5"), BigDecimal.TEN, "PASS", i % 4 == 0));
        }
        ReleaseEvaluator evaluator = new ReleaseEvaluator();
        int warmUp = 200, runs = 200;
        long[] analysis = new long[runs], total = new long[runs];
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            implant.furnaceChart = FurnaceChartAnalysis.per(spec).analyse(furnace);
            implant.buildLog = BuildLogAnalysis.per(spec).analyse(log);
            long analysed = System.nanoTime();
            Evaluation evaluation = evaluator.evaluate(implant.build(), spec);
            long end = System.nanoTime();
            if (i >= warmUp) {
                analysis[i - warmUp] = analysed - start;
                total[i - warmUp] = end - start;
            }
            if (i == 0) {
                System.out.println("findings " + evaluation.findings().size() + ", releasable " + evaluation.releasable());
            }
        }
        report("derived measures (furnace + build log)", analysis);
        report("derived measures + rules evaluation", total);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    private static FurnaceTrace furnaceTrace() {
        int n = 30_000;
        long[] t = new long[n];
        double[][] tc = new double[6][n];
        double[] vacuum = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_000_000L + i;
            double base = i < 4800 ? 20 + i * 0.1633 : i < 4800 + 9000 ? 800 : Math.max(20, 800 - (i - 13800) * 0.05);
            for (int k = 0; k < 6; k++) {
                tc[k][i] = base + (k - 2.5) * 0.8;
            }
            vacuum[i] = 5e-5;
        }
        return new FurnaceTrace(t, tc, vacuum, null, null);
    }

    private static BuildLogTrace buildLog() {
        int n = 15_000;
        int[] layers = new int[n];
        long[] t = new long[n];
        double[] o2 = new double[n];
        for (int i = 0; i < n; i++) {
            layers[i] = i / 3 + 1;
            t[i] = 2_000_000L + i * 5L;
            o2[i] = 400 + (i % 50);
        }
        return new BuildLogTrace(layers, t, o2, null);
    }
}
