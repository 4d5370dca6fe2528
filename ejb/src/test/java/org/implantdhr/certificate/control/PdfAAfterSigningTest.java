package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PdfAAfterSigningTest {

    private static final SignatureDetails DETAILS =
            new SignatureDetails("QA", "Release", "Plant 1");

    @Test
    void aPdfA3bStaysConformantWhenSignedWithATimestamp() throws Exception {
        byte[] pdfA = TestPdfs.pdfA3b();
        assertThat(PdfAConformance.failuresOf(pdfA)).as("the unsigned test PDF").isEmpty();

        byte[] signed;
        try (TestTimestampAuthority tsa = new TestTimestampAuthority()) {
            signed =
                    new PadesSigner(
                                    TestPki.rsa("PDF/A tests").signer,
                                    new TimestampClient(tsa.uri(), Duration.ofSeconds(10)),
                                    Clock.systemUTC())
                            .sign(pdfA, DETAILS);
        }

        assertThat(PdfAConformance.failuresOf(signed)).as("the signed PDF").isEmpty();
    }
}
