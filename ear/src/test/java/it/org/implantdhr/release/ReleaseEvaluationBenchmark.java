package it.org.implantdhr.release;

import static it.org.implantdhr.platform.Api.expect;

import it.org.implantdhr.platform.Plant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evaluates one complete record (a conforming implant of a plant of its own) over REST (assemble
 * the facts from every component's tables, including the build-log layers and furnace samples,
 * derive the measures, run the rules, store the evaluation and its findings, answer) and reports
 * the median wall time; a measurement, not a test: nothing is asserted about time. Not an *IT, so
 * the default failsafe run skips it; run it with {@code ./mvnw -pl ear -am verify
 * -Dit.test=ReleaseEvaluationBenchmark} (add {@code -Ppostgresql} for PostgreSQL). The machine's
 * load average is printed with the result, since it moves the times more than anything else.
 * Results: src/test/resources/benchmarks/RELEASE-EVALUATION.md.
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
class ReleaseEvaluationBenchmark {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;

    @Test
    void evaluateOneCompleteRecord() throws InterruptedException {
        String serial = Plant.implants(1).recorded().serial();
        var qa = Plant.QUINN;
        long[] millis = new long[MEASURED];
        int findings = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            var answer = expect(qa.post("/api/implants/" + serial + "/evaluations", ""), 201);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            findings = answer.json().getJsonArray("findings").size();
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = elapsed;
            }
        }
        String load = loadAverage(); // right after the measured runs
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "RELEASE-EVALUATION db=%s implant=%s findings=%d runs(ms)=%s median=%d ms min=%d ms "
                        + "p95=%d ms max=%d ms load=%s%n",
                System.getProperty("db.kind", "h2"),
                serial,
                findings,
                Arrays.toString(millis),
                sorted[MEASURED / 2],
                sorted[0],
                sorted[(int) (MEASURED * 0.95)],
                sorted[MEASURED - 1],
                load);
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "?" elsewhere. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + "/" + fields[1] + "/" + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
