package it.org.implantdhr.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server is configured with a 4 MiB upload limit (ear/pom.xml); the default is 64 MiB. */
@ExtendWith(ArquillianExtension.class)
class UploadLimitIT {

    private static final int LIMIT = 4 * 1024 * 1024;

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsStored() {
        String lot = "PL-LIMIT-" + System.nanoTime();
        var qa = People.as("QA");
        People.as("QA_MANAGER")
                .post(
                        "/api/suppliers",
                        """
                {"name":"Limit Test Powders","approvedFrom":"2026-01-01"}""");
        var received =
                qa.post(
                        "/api/powder-lots",
                        """
                {"lotNumber":"%s","supplier":"Limit Test Powders","materialSpec":"ASTM F3001","receivedOn":"2026-11-01"}"""
                                .formatted(lot));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);

        byte[] tooLarge = new byte[LIMIT + 1];
        Arrays.fill(tooLarge, (byte) 'x');
        var refused =
                qa.upload(
                        "/api/powder-lots/" + lot + "/certificate?fileName=huge.pdf",
                        "application/pdf",
                        tooLarge);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(qa.get("/api/powder-lots/" + lot).text()).doesNotContain("huge.pdf");

        var justUnder =
                qa.upload(
                        "/api/powder-lots/" + lot + "/certificate?fileName=ok.pdf",
                        "application/pdf",
                        Plant.onePagePdf("certificate"));
        assertThat(justUnder.status()).as(justUnder.toString()).isEqualTo(200);
    }
}
