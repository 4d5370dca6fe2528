package it.org.implantdhr.build;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.People;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wall time of importing a 5,000-layer build log end to end over REST (upload, parse, file, layer
 * rows, events, audit, answer), and of reading the layers back. Reports timings only; results are
 * kept in src/test/resources/benchmarks/BUILD-LOG-IMPORT.md. Run with: {@code ./mvnw -pl ear verify
 * -Dit.test=BuildLogImportBenchmarkIT -Dbenchmarks=run}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmarks", matches = "run")
@ExtendWith(ArquillianExtension.class)
class BuildLogImportBenchmarkIT {

    private static final int LAYERS = 5_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    @Test
    void importFiveThousandLayers() {
        var setup = BuildFixtures.setup();
        byte[] csv = BuildFixtures.logCsv(LAYERS);
        for (int i = 0; i < WARM_UP; i++) {
            importOnce(setup, csv);
        }
        long[] importMillis = new long[RUNS];
        long[] readMillis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            String buildNumber = BuildFixtures.build(setup);
            long start = System.nanoTime();
            var answer = BuildFixtures.importLog(buildNumber, csv, null);
            importMillis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            start = System.nanoTime();
            var layers = People.as("QA").get("/api/builds/" + buildNumber + "/layers");
            readMillis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(layers.status()).isEqualTo(200);
        }
        System.out.printf(
                "BUILD-LOG-IMPORT %d layers, %d bytes: import ms %s median %d; read layers ms %s median %d%n",
                LAYERS,
                csv.length,
                Arrays.toString(importMillis),
                median(importMillis),
                Arrays.toString(readMillis),
                median(readMillis));
    }

    private static void importOnce(BuildFixtures.Setup setup, byte[] csv) {
        assertThat(BuildFixtures.importLog(BuildFixtures.build(setup), csv, null).status())
                .isEqualTo(200);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
