package it.org.implantdhr.bundle;

import it.org.implantdhr.demo.DemoPlantRecorded;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.ServerDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static it.org.implantdhr.bundle.DecidedImplants.RITA;
import static it.org.implantdhr.bundle.DecidedImplants.unzip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/implants/{serial}/evidence-bundle: one ZIP with the certificate, the machine-readable record, every raw
 * file byte for byte, the audit entries and the decision replay, each listed with its SHA-256 in the manifest; for
 * the readers of quality records only, and only once the implant is decided.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceBundleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ServerDeployment.ear();
    }

    @BeforeAll
    static void demoPlant() {
        DemoPlantRecorded.await();
    }

    @Test
    @Tag("CFR-11.10b")
    void aRegulatorGetsTheWholeEvidenceOfAReleasedImplantInOneZip() {
        String serial = DecidedImplants.released();

        var answer = RITA.get("/api/implants/" + serial + "/evidence-bundle");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/zip");
        BundleContents.assertComplete(serial, answer.body(), "rita.regulator");
    }

    @Test
    @Tag("CFR-11.10b")
    void qualityAssuranceGetsItToo() {
        var answer = People.as("QA").get("/api/implants/" + DecidedImplants.released() + "/evidence-bundle");
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
        String serial = DecidedImplants.undecided();
        var answer = RITA.get("/api/implants/" + serial + "/evidence-bundle");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getString("detail")).contains(serial).contains("released or rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void rolesThatDoNotReadQualityRecordsAreRefused(String role) {
        Api who = role.equals("ADMIN") ? People.admin() : People.as(role);
        var answer = who.get("/api/implants/" + DecidedImplants.released() + "/evidence-bundle");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Tag("CFR-11.10d")
    void withoutCredentialsThereIsNothing() {
        assertThat(Api.anonymous().get("/api/implants/CW-DEMO-02/evidence-bundle").status()).isEqualTo(401);
    }
}
