package org.implantdhr.certificate.control;

import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Median time to sign a bare one-page PDF (PAdES-B-B, RSA 3072, in memory) after warm-up. Reports
 * only. Run: {@code ./mvnw -pl ejb test -Dtest=SigningBenchmarkTest -DexcludedTestGroups=none
 * -Dgroups=benchmark}
 */
@Tag("benchmark")
class SigningBenchmarkTest {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 101;

    @Test
    void medianTimeToSignABareOnePagePdf() {
        byte[] pdf = TestPdfs.bareOnePage();
        PadesSigner signer = new PadesSigner(TestPki.rsa("Benchmark").signer, Clock.systemUTC());
        SignatureDetails details = new SignatureDetails("Benchmark", "Benchmark", "Benchmark");

        for (int i = 0; i < WARM_UP; i++) {
            signer.sign(pdf, details);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            signer.sign(pdf, details);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);

        System.out.printf(
                "PadesSigner benchmark: median %.2f ms, p10 %.2f ms, p90 %.2f ms over %d signatures"
                        + " of a %d-byte one-page PDF (RSA 3072, B-B, after %d warm-up)%n",
                nanos[MEASURED / 2] / 1e6,
                nanos[MEASURED / 10] / 1e6,
                nanos[MEASURED * 9 / 10] / 1e6,
                MEASURED,
                pdf.length,
                WARM_UP);
    }
}
