package org.implantdhr.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import org.implantdhr.rules.buildlog.BuildLogAnalysis;
import org.implantdhr.rules.buildlog.BuildLogTrace;
import org.implantdhr.rules.facts.Characteristic;
import org.implantdhr.rules.facts.CharacteristicKind;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.furnace.FurnaceChartAnalysis;
import org.implantdhr.rules.furnace.FurnaceTrace;
import org.implantdhr.rules.specification.Specification;

/**
 * Times one full evaluation (5,000 layers, 30,000 × 6 furnace samples, 200 characteristics) after
 * warm-up, by the rules and, in the same run and on the same facts, by {@link PlainJavaEvaluator}
 * (the same checks as plain Java), and prints both medians and their ratio: {@code ./mvnw -q -pl
 * rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.implantdhr.rules.EvaluationBenchmark}. Reports, never asserts.
 */
public final class EvaluationBenchmark {

    public static void main(String[] args) {
        Specification spec = EvaluationFixture.SPEC;
        FurnaceTrace furnace = furnaceTrace();
        BuildLogTrace log = buildLog();
        ConformingImplant implant = ConformingImplant.facts();
        for (int i = 0; i < 196; i++) {
            implant.characteristics.add(
                    new Characteristic(
                            "c" + i,
                            CharacteristicKind.OTHER,
                            BigDecimal.TEN,
                            new BigDecimal("0.5"),
                            BigDecimal.TEN,
                            "PASS",
                            i % 4 == 0));
        }
        ReleaseEvaluator evaluator = new ReleaseEvaluator();
        PlainJavaEvaluator plain = new PlainJavaEvaluator();
        int warmUp = 200, runs = 200;
        long[] analysis = new long[runs], drools = new long[runs], java = new long[runs];
        long[] droolsTotal = new long[runs], javaTotal = new long[runs];
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            implant.furnaceChart = FurnaceChartAnalysis.per(spec).analyse(furnace);
            implant.buildLog = BuildLogAnalysis.per(spec).analyse(log);
            ReleaseFacts facts = implant.build();
            long analysed = System.nanoTime();
            // both evaluators on the same facts in the same iteration; which goes first alternates,
            // so that
            // neither always profits from the other having just touched the facts
            long droolsNanos, javaNanos;
            Evaluation byRules, byJava;
            if (i % 2 == 0) {
                long t0 = System.nanoTime();
                byRules = evaluator.evaluate(facts, spec);
                long t1 = System.nanoTime();
                byJava = plain.evaluate(facts, spec);
                long t2 = System.nanoTime();
                droolsNanos = t1 - t0;
                javaNanos = t2 - t1;
            } else {
                long t0 = System.nanoTime();
                byJava = plain.evaluate(facts, spec);
                long t1 = System.nanoTime();
                byRules = evaluator.evaluate(facts, spec);
                long t2 = System.nanoTime();
                javaNanos = t1 - t0;
                droolsNanos = t2 - t1;
            }
            if (i >= warmUp) {
                int k = i - warmUp;
                analysis[k] = analysed - start;
                drools[k] = droolsNanos;
                java[k] = javaNanos;
                droolsTotal[k] = analysis[k] + droolsNanos;
                javaTotal[k] = analysis[k] + javaNanos;
            }
            if (i == 0) {
                System.out.println(
                        "findings: Drools "
                                + byRules.findings().size()
                                + " (releasable "
                                + byRules.releasable()
                                + "), plain Java "
                                + byJava.findings().size()
                                + " (releasable "
                                + byJava.releasable()
                                + ")");
            }
        }
        System.out.printf(
                "Java %s, %s %s, %d processors; %d warm-ups, %d measured runs%n",
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                warmUp,
                runs);
        report("derived measures (furnace + build log)", analysis);
        report("rules evaluation, Drools", drools);
        report("same checks, plain Java", java);
        report("derived measures + Drools", droolsTotal);
        report("derived measures + plain Java", javaTotal);
        System.out.printf(
                "ratio Drools / plain Java (medians): checks only %.1f, with derived measures %.2f%n",
                median(drools) / median(java), median(droolsTotal) / median(javaTotal));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: median %.2f ms, p95 %.2f ms%n",
                what, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    private static FurnaceTrace furnaceTrace() {
        int n = 30_000;
        long[] t = new long[n];
        double[][] tc = new double[6][n];
        double[] vacuum = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_000_000_000L + i * 1000L;
            double base =
                    i < 4800
                            ? 20 + i * 0.1633
                            : i < 4800 + 9000 ? 800 : Math.max(20, 800 - (i - 13800) * 0.05);
            for (int k = 0; k < 6; k++) {
                // as a logger writes it: one decimal place
                tc[k][i] = Math.round((base + (k - 2.5) * 0.8) * 10) / 10.0;
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
            t[i] = 2_000_000_000L + i * 5000L;
            o2[i] = 400 + (i % 50);
        }
        return new BuildLogTrace(layers, t, o2, null);
    }
}
