package it.org.implantdhr.heattreatment;

import static it.org.implantdhr.platform.Api.expect;

import it.org.implantdhr.platform.People;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Imports a 30,000-sample chart of 6 thermocouples end to end over REST (upload, parse, store file
 * and every sample, answer) and reports the median wall time; a measurement, not a test: nothing is
 * asserted about time. Not an *IT, so the default failsafe run skips it; run it with {@code ./mvnw
 * -pl ear verify -Dit.test=FurnaceChartImportBenchmark} (add {@code -Ppostgresql} for PostgreSQL).
 * Results: src/test/resources/benchmarks/FURNACE-CHART-IMPORT.md.
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
class FurnaceChartImportBenchmark {

    private static final int WARM_UP = 3;
    private static final int MEASURED = 7;

    @Test
    void importThirtyThousandSamplesOfSixThermocouples() {
        byte[] csv = HeatTreatmentFixtures.csv(HeatTreatmentFixtures.chart(30_000, 10, 5));
        String furnace = HeatTreatmentFixtures.furnace();
        var operator = People.as("OPERATOR");
        long[] millis = new long[MEASURED];
        String run = null;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            run = HeatTreatmentFixtures.run(furnace, List.of());
            long start = System.nanoTime();
            expect(HeatTreatmentFixtures.importChart(operator, run, csv, ""), 200);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = elapsed;
            }
        }
        long readStart = System.nanoTime();
        expect(operator.get("/api/heat-treatment-runs/" + run + "/samples"), 200);
        long readMillis = (System.nanoTime() - readStart) / 1_000_000;
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "FURNACE-CHART-IMPORT db=%s file=%d bytes samples=30000 thermocouples=6 runs(ms)=%s "
                        + "median=%d ms min=%d ms max=%d ms; samples read back as JSON in %d ms%n",
                System.getProperty("db.kind", "h2"),
                csv.length,
                Arrays.toString(millis),
                sorted[MEASURED / 2],
                sorted[0],
                sorted[MEASURED - 1],
                readMillis);
    }
}
