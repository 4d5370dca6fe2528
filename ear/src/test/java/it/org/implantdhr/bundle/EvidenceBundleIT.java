package it.org.implantdhr.bundle;

import static it.org.implantdhr.bundle.BundleContents.unzip;
import static it.org.implantdhr.platform.Plant.RITA;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GET /api/implants/{serial}/evidence-bundle: one ZIP with the certificate, the machine-readable
 * record, every raw file byte for byte, the audit entries and the decision replay, each listed with
 * its SHA-256 in the manifest; for the readers of quality records only, and only once the implant
 * is decided. On a plant of this class's own: one implant released, one never evaluated; no test
 * changes them.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceBundleIT {

    private static String released;
    private static String undecided;

    @BeforeAll
    static void aPlantOfOurOwnWithOneImplantReleasedAndOneUndecided() {
        Plant.Recorded plant = Plant.implants(2).recorded();
        released = plant.serials().get(0);
        undecided = plant.serials().get(1);
        Plant.release(released);
    }

    @Test
    @Tag("CFR-11.10b")
    void aRegulatorGetsTheWholeEvidenceOfAReleasedImplantInOneZip() {
        String serial = released;

        var answer = RITA.get("/api/implants/" + serial + "/evidence-bundle");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/zip");
        BundleContents.assertComplete(serial, answer.body(), "rita.regulator");
    }

    @Test
    @Tag("CFR-11.10b")
    void qualityAssuranceGetsItToo() {
        var answer = People.as("QA").get("/api/implants/" + released + "/evidence-bundle");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(unzip(answer.body())).containsKey("manifest.json");
    }

    @Test
    void anUnknownSerialIsNotFound() {
        var answer = RITA.get("/api/implants/NO-SUCH-IMPLANT/evidence-bundle");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUndecidedImplantHasNoBundleYet() {
        String serial = undecided;
        var answer = RITA.get("/api/implants/" + serial + "/evidence-bundle");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getString("detail"))
                .contains(serial)
                .contains("released or rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void rolesThatDoNotReadQualityRecordsAreRefused(String role) {
        Api who = role.equals("ADMIN") ? People.admin() : People.as(role);
        var answer = who.get("/api/implants/" + released + "/evidence-bundle");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Tag("CFR-11.10d")
    void withoutCredentialsThereIsNothing() {
        assertThat(Api.anonymous().get("/api/implants/" + released + "/evidence-bundle").status())
                .isEqualTo(401);
    }
}
