package it.org.implantdhr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.PublicVerification;
import it.org.implantdhr.platform.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.implantdhr.fhir.conformance.R4Conformance;
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

    private static final List<String> IMPLANTED =
            List.of(
                    "CW-DEMO-01",
                    "CW-DEMO-02",
                    "CW-DEMO-03",
                    "CW-DEMO-04",
                    "CW-DEMO-05",
                    "CW-DEMO-09",
                    "CW-DEMO-10",
                    "CW-DEMO-11",
                    "CW-DEMO-12");
    private static final List<String> IN_STOCK = List.of("CW-DEMO-06", "CW-DEMO-13");

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
                "CW-DEMO-02",
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

    /**
     * QA released the conforming implants two years ago, on the recording clock, with an
     * e-signature; their certificates, signed then by the demo CA's signer with the server's own
     * clock as timestamp, validate today as PAdES B-LT against the CA alone (EU DSS, offline).
     */
    @Test
    @Tag("CFR-11.50")
    @Tag("CFR-11.10c")
    @Tag("ISO13485-7.5.1")
    @Tag("ISO13485-8.2.6")
    void theConformingImplantsWereReleasedWithAnElectronicSignatureTwoYearsAgo() {
        for (String serial : IN_STOCK) {
            var status = QA.get("/api/certificates/" + serial + "/status").json();
            assertThat(status.getString("status")).as(serial).isEqualTo("RELEASED");
            assertThat(Instant.parse(status.getString("issuedAt")))
                    .as(serial)
                    .isBefore(Instant.now().minus(730, ChronoUnit.DAYS));
        }
        var releases = REGULATOR.get("/api/audit?actor=quinn.qa&label=CW-DEMO-06&limit=50").array();
        assertThat(releases.toString()).contains("RELEASE");
        var ca = Api.anonymous().get("/verify/ca.pem");
        assertThat(ca.status()).isEqualTo(200);
        var validator =
                SignedDocumentValidator.fromDocument(
                        new InMemoryDocument(QA.get("/api/certificates/CW-DEMO-06").body()));
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(DSSUtils.loadCertificate(ca.body()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        String id = report.getFirstSignatureId();
        assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(report.getIndication(id))
                .as(report.getAdESValidationErrors(id).toString())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    /**
     * Nine of the released implants are in their patients, operated on two years ago (one ten days
     * later), each after its release and with a hospital stay of 15 to 30 days; two are in stock.
     */
    @Test
    @Tag("ISO13485-7.5.9.2")
    void theReleasedImplantsAreImplantedTwoYearsAgoAndTwoAreInStock() {
        Map<String, JsonObject> implantations = demoImplantations();
        assertThat(implantations.keySet()).containsExactlyInAnyOrderElementsOf(IMPLANTED);
        Instant twoYearsAgo = Instant.now().minus(730, ChronoUnit.DAYS);
        assertThat(
                        implantations.values().stream()
                                .filter(
                                        i ->
                                                Instant.parse(i.getString("operatedAt"))
                                                        .isBefore(twoYearsAgo)))
                .hasSize(IMPLANTED.size() - 1);
        for (var i : implantations.values()) {
            assertThat(i.getJsonNumber("lengthOfStayDays").longValue())
                    .as(i.getString("serialNumber"))
                    .isBetween(15L, 30L);
            String serial = i.getString("serialNumber");
            var issued = QA.get("/api/certificates/" + serial + "/status").json();
            assertThat(Instant.parse(i.getString("operatedAt")))
                    .as(serial)
                    .isAfter(Instant.parse(issued.getString("issuedAt")));
        }
        var infected = implantations.get("CW-DEMO-03").getJsonObject("explantation");
        assertThat(infected.getString("kind")).isEqualTo("EXPLANT");
        assertThat(infected.getString("reason")).isEqualTo("INFECTION");
        assertThat(PublicVerification.statusOf("CW-DEMO-03")).isEqualTo("EXPLANTED");
        assertThat(PublicVerification.statusOf("CW-DEMO-02")).isEqualTo("IMPLANTED");
        for (String serial : IN_STOCK) {
            assertThat(PublicVerification.statusOf(serial)).as(serial).isEqualTo("RELEASED");
        }
    }

    /**
     * The follow-up runs the protocol's eight visits to 24 months with Karnofsky on its steps, the
     * VAS with its unit (Heidelberg in cm, Barcelona in mm) and the protocol's Watkins instrument;
     * one patient is lost to follow-up.
     */
    @Test
    void theFollowUpRunsToTwentyFourMonthsWithScoresInTheirUnits() {
        assertThat(REGULATOR.get("/api/follow-ups/CW-DEMO-02").json().getString("status"))
                .isEqualTo("COMPLETED");
        var heidelberg = visits("CW-DEMO-02");
        assertThat(heidelberg.keySet())
                .containsExactly("BASELINE", "DISCHARGE", "M1", "M3", "M6", "M12", "M18", "M24");
        LocalDate operated =
                LocalDate.ofInstant(
                        Instant.parse(
                                demoImplantations().get("CW-DEMO-02").getString("operatedAt")),
                        ZoneOffset.UTC);
        assertThat(LocalDate.parse(heidelberg.get("M24").getString("visitDate")))
                .isAfterOrEqualTo(operated.plusMonths(24).minusDays(45));
        for (var visit : heidelberg.values()) {
            assertThat(visit.getInt("karnofsky") % 10).isZero();
            assertThat(visit.getString("vasUnit")).isEqualTo("CM");
            assertThat(visit.getString("instrumentCode")).isEqualTo("WATKINS");
        }
        assertThat(heidelberg.get("BASELINE").getInt("karnofsky"))
                .isLessThan(heidelberg.get("M24").getInt("karnofsky"));
        assertThat(visits("CW-DEMO-11").values())
                .allSatisfy(v -> assertThat(v.getString("vasUnit")).isEqualTo("MM"));
        var lost = REGULATOR.get("/api/follow-ups/CW-DEMO-12").json();
        assertThat(lost.getString("status")).isEqualTo("LOST_TO_FOLLOW_UP");
        assertThat(lost.getString("statusDate"))
                .isEqualTo(visits("CW-DEMO-12").get("M6").getString("visitDate"));
    }

    /**
     * The events the study is about: the implant fracture (device-related, grade 3, revision), the
     * infection that led to the explant, the local recurrence.
     */
    @Test
    void theFractureTheInfectionAndTheLocalRecurrenceAreRecorded() {
        var fracture = events("CW-DEMO-10").get(0);
        assertThat(fracture.getInt("grade")).isEqualTo(3);
        assertThat(fracture.getString("deviceAttribution")).isEqualTo("DEFINITE");
        assertThat(fracture.getString("actionTaken")).isEqualTo("REVISION");
        assertThat(fracture.getBoolean("serious")).isTrue();
        assertThat(fracture.getString("specifyText")).contains("fracture");
        var infection = events("CW-DEMO-03").get(0);
        assertThat(infection.getString("termText")).isEqualTo("Device related infection");
        assertThat(infection.getInt("grade")).isEqualTo(3);
        assertThat(infection.getString("actionTaken")).isEqualTo("EXPLANT");
        assertThat(infection.getString("outcome")).isEqualTo("RECOVERED");
        assertThat(visits("CW-DEMO-01").get("M12").getString("diseaseStatus"))
                .isEqualTo("LOCAL_RECURRENCE");
        assertThat(visits("CW-DEMO-09").get("M18").getString("diseaseStatus"))
                .isEqualTo("DISTANT_RECURRENCE");
    }

    /**
     * The fracture, recorded yesterday at the 24-month visit, opened its vigilance case through the
     * vigilance screening as it was stored: its reporting clock runs now. The explant for infection
     * opened one two years ago. The fractured implant's build has a sibling still in stock; the
     * case's trace says where each stood on the build plate.
     */
    @Test
    void theFractureOpenedAVigilanceCaseWhoseClockRunsNow() {
        var cases =
                REGULATOR.get("/api/vigilance/cases").array().stream()
                        .map(JsonObject.class::cast)
                        .toList();
        var fracture =
                cases.stream()
                        .filter(c -> c.getString("serialNumber").equals("CW-DEMO-10"))
                        .toList();
        assertThat(fracture).isNotEmpty();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (var c : fracture) {
            assertThat(LocalDate.parse(c.getString("awareOn"))).isAfter(today.minusDays(3));
        }
        assertThat(fracture.stream().map(c -> c.getString("source")).toList().toString())
                .containsIgnoringCase("adverse");
        assertThat(cases.stream().filter(c -> c.getString("serialNumber").equals("CW-DEMO-03")))
                .isNotEmpty();
        var siblings = REGULATOR.get("/api/trace/builds/B-DEMO-2").json().toString();
        assertThat(siblings).contains("CW-DEMO-10", "CW-DEMO-13");
        // where the fractured implant and its neighbour in stock stood on the build plate
        var caseTrace =
                REGULATOR
                        .get(
                                "/api/vigilance/cases/"
                                        + fracture.get(0).getString("caseNumber")
                                        + "/trace")
                        .json()
                        .toString();
        assertThat(caseTrace).contains("x 125.0 mm, y 40.0 mm (P2)", "x 125.0 mm, y 125.0 mm (P5)");
        // the draft incident report's device section, generated from the signed record
        Api.Answer report =
                REGULATOR.get(
                        "/api/vigilance/cases/"
                                + fracture.get(0).getString("caseNumber")
                                + "/report.xml");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("CW-DEMO-10", "DRAFT");
    }

    /**
     * Issue 15's hand-off to hospital systems on the demo's own records: the FHIR R4 Bundle of the
     * fractured implant and of the one explanted for infection passes the R4 conformance check, and
     * carries the implantation, the follow-up observations and the device-related adverse event.
     */
    @ParameterizedTest
    @ValueSource(strings = {"CW-DEMO-10", "CW-DEMO-03"})
    void theFhirBundleOfAnImplantedDemoImplantPassesTheR4Check(String serial) {
        Api.Answer bundle = REGULATOR.get("/api/fhir/Bundle/implant/" + serial);
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("application/fhir+json");
        assertThat(R4Conformance.problemsOf(bundle.text())).isEmpty();
        assertThat(bundle.text())
                .contains(
                        "\"resourceType\":\"Device\"",
                        "\"resourceType\":\"Procedure\"",
                        "89243-0",
                        "38214-3",
                        "97509-4",
                        "\"resourceType\":\"AdverseEvent\"",
                        serial);
    }

    /** Today Heidelberg's 24-month visit of CW-DEMO-04 is overdue and Barcelona's of 05 due. */
    @Test
    void theWorklistsShowTheVisitsDueAndOverdueToday() {
        var heidelberg = worklist(Api.as("stella.studystaff", "stella.studystaff-demo"));
        assertThat(heidelberg).contains("CW-DEMO-04 M24 OVERDUE");
        assertThat(heidelberg).noneMatch(row -> row.startsWith("CW-DEMO-05"));
        assertThat(worklist(Api.as("sofia.surgeon", "sofia.surgeon-demo")))
                .contains("CW-DEMO-05 M24 DUE");
    }

    /**
     * The study's endpoints per build, powder lot and design family: a Kaplan–Meier curve with
     * events and censoring, the hospital stays, adverse events and score changes.
     */
    @Test
    void theOutcomesSaySomethingPerBuildPowderLotAndDesignFamily() {
        var builds = outcomeGroups("build");
        for (String build : List.of("B-DEMO-1", "B-DEMO-2")) {
            var survival = builds.get(build).getJsonObject("diseaseFreeSurvival");
            assertThat(survival.getInt("events")).as(build).isEqualTo(1);
            assertThat(survival.getInt("censored")).as(build).isPositive();
            assertThat(survival.getJsonArray("steps")).as(build).isNotEmpty();
            assertThat(
                            builds.get(build)
                                    .getJsonObject("hospitalStay")
                                    .getJsonObject("withinThirtyDays")
                                    .getInt("count"))
                    .isEqualTo(survival.getInt("patients"));
        }
        var firstBuild = builds.get("B-DEMO-1").getJsonObject("diseaseFreeSurvival");
        assertThat(firstBuild.getInt("patients")).isEqualTo(5);
        // patients followed for the whole 24 months: the estimate at 24 months exists
        assertThat(firstBuild.getJsonObject("at24Months").getBoolean("estimable")).isTrue();
        assertThat(firstBuild.getJsonObject("at24Months").getString("survival")).isEqualTo("4/5");
        var lots = outcomeGroups("powder-lot");
        assertThat(lots.get("PL-24-0312").getJsonObject("diseaseFreeSurvival").getInt("patients"))
                .isEqualTo(4);
        var families = outcomeGroups("design-family");
        var sternal = families.get("CW-STERNAL-TI64");
        assertThat(sternal.getJsonObject("diseaseFreeSurvival").getInt("patients")).isEqualTo(3);
        assertThat(
                        sternal.getJsonObject("adverseEvents")
                                .getJsonObject("deviceRelated")
                                .getInt("count"))
                .isPositive();
        var karnofsky = builds.get("B-DEMO-1").getJsonArray("scores").getJsonObject(0);
        assertThat(karnofsky.getJsonNumber("withBaseline").longValue()).isEqualTo(5);
        assertThat(karnofsky.getJsonObject("improved").getInt("count")).isPositive();
    }

    private static Map<String, JsonObject> demoImplantations() {
        return REGULATOR.get("/api/implantations?limit=1000").array().stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("serialNumber").startsWith("CW-DEMO-"))
                .collect(Collectors.toMap(i -> i.getString("serialNumber"), i -> i));
    }

    /** The recorded visits of a demo patient by visit code, in the protocol's order. */
    private static Map<String, JsonObject> visits(String serial) {
        var visits = new LinkedHashMap<String, JsonObject>();
        REGULATOR.get("/api/follow-ups/" + serial + "/visits").array().stream()
                .map(JsonObject.class::cast)
                .forEach(v -> visits.put(v.getString("visitCode"), v));
        return visits;
    }

    private static List<JsonObject> events(String serial) {
        return REGULATOR.get("/api/follow-ups/" + serial + "/adverse-events").array().stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getInt("grade") == 3)
                .toList();
    }

    private static List<String> worklist(Api as) {
        var answer = as.get("/api/follow-ups/worklist");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.array().stream()
                .map(JsonObject.class::cast)
                .map(
                        r ->
                                r.getString("serialNumber")
                                        + " "
                                        + r.getString("visitCode")
                                        + " "
                                        + r.getString("state"))
                .toList();
    }

    private static Map<String, JsonObject> outcomeGroups(String by) {
        return REGULATOR.get("/api/outcomes?by=" + by).json().getJsonArray("groups").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(g -> g.getString("key"), g -> g));
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
                Set.of(
                        "erin.engineer",
                        "olga.operator",
                        "oscar.operator",
                        "mia.qamanager",
                        "quinn.qa",
                        "sam.surgeon",
                        "sofia.surgeon",
                        "stella.studystaff")) {
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
