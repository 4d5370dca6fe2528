package it.org.implantdhr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo plant, recorded through the API before this class's tests, as a demo-mode server records
 * it in the background at its first start (the test server does not: its other tests record plants
 * of their own). Its implants are decided as their records demand — each deliberate defect stopped
 * by the check of its specification section, the conforming ones passing — and the trace and the
 * audit chain answer over the whole history.
 */
@ExtendWith(ArquillianExtension.class)
class DemoPlantIT {

    private static final Api QA = Api.as("quinn.qa", "quinn.qa-demo");
    private static final Api REGULATOR = Api.as("rita.regulator", "rita.regulator-demo");

    /** Checks that are judged on the release signature itself, so MISSING before anyone signs. */
    private static final Set<String> JUDGED_AT_SIGNING = Set.of("REC-FOUR-EYES", "REC-SIGNATURE");

    @BeforeAll
    static void theDemoPlantIsRecorded() {
        TestServer.recordTheDemoPlant();
    }

    private static Set<String> failing(JsonObject evaluation) {
        return evaluation.getJsonArray("findings").stream()
                .map(JsonObject.class::cast)
                .filter(
                        f ->
                                !f.getString("outcome").equals("PASS")
                                        && !f.getString("outcome").equals("WARN"))
                .filter(f -> !JUDGED_AT_SIGNING.contains(f.getString("checkId")))
                .map(f -> f.getString("checkId") + " " + f.getString("outcome"))
                .collect(Collectors.toSet());
    }

    private static JsonObject evaluate(String serial) {
        var answer = QA.post("/api/implants/" + serial + "/evaluations", "");
        if (answer.status() == 409) {
            answer = QA.get("/api/implants/" + serial + "/evaluations/latest");
        }
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.json();
    }

    @ParameterizedTest(name = "{0} is stopped by {1}")
    @CsvSource({
        "CW-DEMO-07, IMG-SLICE FAIL",
        "CW-DEMO-17, PWD-CHEM-O FAIL",
        "CW-DEMO-18, BLD-O2 FAIL",
        "CW-DEMO-19, CPN-TENSILE FAIL",
        "CW-DEMO-20, HT-SOAK FAIL",
        "CW-DEMO-14, CLN-ENDOTOXIN FAIL",
        "CW-DEMO-08, DIM-CRITICAL FAIL",
        "CW-DEMO-15, CMP-EXPIRY FAIL",
        "CW-DEMO-16, REC-NCR FAIL"
    })
    @Tag("ISO13485-8.2.6")
    void eachDeliberateDefectIsStoppedByTheCheckOfItsSection(String serial, String expected) {
        var evaluation = evaluate(serial);
        assertThat(evaluation.getString("verdict")).isEqualTo("NOT_RELEASABLE");
        assertThat(failing(evaluation)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CW-DEMO-01",
                "CW-DEMO-03",
                "CW-DEMO-04",
                "CW-DEMO-05",
                "CW-DEMO-06",
                "CW-DEMO-09",
                "CW-DEMO-10",
                "CW-DEMO-11",
                "CW-DEMO-12",
                "CW-DEMO-13"
            })
    @Tag("ISO13485-8.2.6")
    void theConformingImplantsPassEveryCheck(String serial) {
        assertThat(failing(evaluate(serial))).isEmpty();
    }

    @Test
    @Tag("CFR-11.50")
    @Tag("ISO13485-7.5.1")
    @Tag("ISO13485-8.2.6")
    void aConformingImplantIsReleasedWithAnElectronicSignature() {
        String serial = "CW-DEMO-02";
        if (!QA.get("/api/implants/" + serial).json().getString("status").equals("RELEASED")) {
            evaluate(serial);
            var released =
                    QA.post(
                            "/api/implants/" + serial + "/release",
                            """
                    {"password":"quinn.qa-demo","zone":"Europe/Berlin"}""");
            assertThat(released.status()).as(released.toString()).isEqualTo(200);
            assertThat(released.json().getString("signature"))
                    .startsWith("Quinn Adeyemi, ")
                    .endsWith(", RELEASE");
        }
        assertThat(QA.get("/api/implants/" + serial).json().getString("status"))
                .isEqualTo("RELEASED");
    }

    @Test
    @Tag("ISO13485-7.5.9.2")
    void theOxygenRichPowderLotTracesForwardToExactlyTheImplantPrintedFromIt() {
        var trace = REGULATOR.get("/api/trace/powder-lots/PL-24-0399").json();
        assertThat(trace.getInt("count")).isEqualTo(1);
        assertThat(trace.getJsonArray("implants").getJsonObject(0).getString("serialNumber"))
                .isEqualTo("CW-DEMO-17");
        assertThat(REGULATOR.get("/api/trace/powder-lots/PL-24-0311").json().getInt("count"))
                .isEqualTo(19);
        assertThat(
                        REGULATOR
                                .get("/api/trace/heat-treatment-runs/HT-DEMO-2")
                                .json()
                                .getJsonArray("implants")
                                .getJsonObject(0)
                                .getString("serialNumber"))
                .isEqualTo("CW-DEMO-20");
        assertThat(REGULATOR.get("/api/trace/component-lots/PTFE-2599").json().getInt("count"))
                .isEqualTo(1);
    }

    @Test
    @Tag("ISO13485-7.5.9.2")
    void anImplantTracesBackToEveryLotRunInstrumentAndPerson() {
        var links = REGULATOR.get("/api/trace/implants/CW-DEMO-01").json().getJsonArray("links");
        Set<String> kinds =
                links.stream()
                        .map(JsonObject.class::cast)
                        .map(l -> l.getString("kind"))
                        .collect(Collectors.toSet());
        assertThat(kinds)
                .contains(
                        "case",
                        "design",
                        "design approval",
                        "build",
                        "powder batch",
                        "powder lot",
                        "coupon",
                        "heat-treatment run",
                        "operation",
                        "cleaning run",
                        "dimensional inspection",
                        "separation-plate lot");
        assertThat(links.toString())
                .contains("Olga Brandt", "Ethan Moreau", "CMM-ZEISS-01", "F-VAC-02", "PL-24-0311");
        assertThat(REGULATOR.get("/api/trace/implants/NO-SUCH-SERIAL").status()).isEqualTo(404);
        assertThat(REGULATOR.get("/api/trace/unicorns/X").status()).isEqualTo(400);
        assertThat(
                        Api.as("sam.surgeon", "sam.surgeon-demo")
                                .get("/api/trace/implants/CW-DEMO-01")
                                .status())
                .isEqualTo(403);
    }

    @Test
    @Tag("CFR-11.10e")
    void theWholeHistoryIsInAnUnbrokenAuditChain() {
        var verification = REGULATOR.get("/api/audit/verification").json();
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        // other tests' plants are recorded by olga too: ask for the demo plant's first build by its
        // label
        var byOlga =
                REGULATOR
                        .get(
                                "/api/audit?actor=olga.operator&recordType=Build&label=B-DEMO-1&limit=50")
                        .array();
        assertThat(byOlga).isNotEmpty();
        assertThat(
                        byOlga.stream()
                                .map(JsonObject.class::cast)
                                .map(e -> e.get("recordLabel"))
                                .map(v -> ((JsonString) v).getString()))
                .contains("B-DEMO-1");
    }

    /**
     * The plant's history lies in the past (recorded on a clock set back, demo mode only): no audit
     * entry of it is dated after now, the builds ended before today, and it is judged by
     * specification 1.1, which the demo's QA manager approved, in force from before the history
     * starts.
     */
    @Test
    void theDemoHistoryLiesInThePastAndIsJudgedBySpecificationOnePointOne() {
        Instant now = Instant.now();
        for (String actor :
                Set.of("erin.engineer", "olga.operator", "oscar.operator", "mia.qamanager")) {
            var entries = REGULATOR.get("/api/audit?limit=500&actor=" + actor).array();
            assertThat(entries).as(actor).isNotEmpty();
            assertThat(
                            entries.stream()
                                    .map(JsonObject.class::cast)
                                    .map(e -> Instant.parse(e.getString("occurredAt"))))
                    .allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(now));
        }
        var inForce =
                QA.get(
                                "/api/specifications/TI64-ELI-CW/effective?on="
                                        + LocalDate.now(ZoneOffset.UTC))
                        .json();
        assertThat(inForce.getString("version")).isEqualTo("1.1");
        var approval = inForce.getJsonObject("approval");
        assertThat(approval.getString("approvedBy")).isEqualTo("mia.qamanager");
        var firstBuild =
                REGULATOR.get("/api/audit?label=B-DEMO-1&recordType=Build&limit=1").array();
        assertThat(LocalDate.parse(inForce.getString("effectiveFrom")))
                .isBefore(
                        LocalDate.ofInstant(
                                Instant.parse(firstBuild.getJsonObject(0).getString("occurredAt")),
                                ZoneOffset.UTC));
        var evaluation = evaluate("CW-DEMO-13");
        assertThat(evaluation.getString("specificationVersion")).isEqualTo("1.1");
        assertThat(Instant.parse(evaluation.getString("evaluatedAt")))
                .isAfter(Instant.parse(firstBuild.getJsonObject(0).getString("occurredAt")));
    }
}
