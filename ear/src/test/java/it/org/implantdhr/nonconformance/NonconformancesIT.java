package it.org.implantdhr.nonconformance;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.inspection.Fixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class NonconformancesIT {

    private static JsonObject open(String serial, String checkId, String description) {
        String check = checkId == null ? "null" : "\"" + checkId + "\"";
        return expect(
                        People.as("QA")
                                .post(
                                        "/api/nonconformances",
                                        """
                {"implantSerial":"%s","checkId":%s,"description":"%s"}"""
                                                .formatted(serial, check, description)),
                        201)
                .json();
    }

    private static Api.Answer dispose(Api who, String number, String body) {
        return who.post("/api/nonconformances/" + number + "/disposition", body);
    }

    @Test
    void anOpenedReportGetsANumberAndWaitsInTheQaQueue() {
        String serial = Fixtures.implant();
        var ncr = open(serial, "DIM-CRITICAL", "H2 diameter 3.612 mm, above 3.6 mm");

        assertThat(ncr.getString("number")).matches("NCR-\\d{4}-\\d{6}");
        assertThat(ncr.getString("status")).isEqualTo("OPEN");
        assertThat(ncr.getString("openedBy")).isEqualTo("it.qa");
        var queue = People.as("QA").get("/api/nonconformances").array();
        assertThat(queue.stream().map(JsonObject.class::cast).map(n -> n.getString("number")))
                .contains(ncr.getString("number"));
        var ofImplant = People.as("OPERATOR").get("/api/nonconformances?implant=" + serial).array();
        assertThat(ofImplant).hasSize(1);
        assertThat(
                        People.as("REGULATOR")
                                .get("/api/nonconformances/" + ncr.getString("number"))
                                .status())
                .isEqualTo(200);
        var second = open(serial, null, "scratch on the rib arm");
        assertThat(second.getString("number")).isNotEqualTo(ncr.getString("number"));
        assertThat(second.containsKey("checkId") && !second.isNull("checkId")).isFalse();
    }

    @Test
    @Tag("CFR-11.10f")
    void reworkClosesTheReportAndAClosedReportIsNotDisposedTwice() {
        String serial = Fixtures.implant();
        String number = open(serial, "FIN-VISUAL", "support remnant on rib 3").getString("number");

        var closed =
                dispose(
                        People.as("QA"),
                        number,
                        """
                {"disposition":"REWORK","justification":"remove remnant and re-inspect"}""");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("disposition")).isEqualTo("REWORK");
        assertThat(closed.json().getString("closedBy")).isEqualTo("it.qa");
        assertThat(
                        dispose(
                                        People.as("QA"),
                                        number,
                                        """
                {"disposition":"SCRAP"}""")
                                .status())
                .isEqualTo(409);
        assertThat(
                        People.as("QA").get("/api/nonconformances").array().stream()
                                .map(JsonObject.class::cast)
                                .map(n -> n.getString("number")))
                .doesNotContain(number);
    }

    @Test
    @Tag("ISO13485-7.5.8")
    void scrapRejectsTheImplant() {
        String serial = Fixtures.implant();
        String number = open(serial, "HT-SOAK", "soak 95 min").getString("number");
        Instant before = Instant.now().minusSeconds(1);

        var scrapped =
                dispose(
                        People.as("QA_MANAGER"),
                        number,
                        """
                {"disposition":"SCRAP","justification":"cannot be re-treated"}""");

        assertThat(scrapped.status()).as(scrapped.toString()).isEqualTo(200);
        var implantTrail =
                People.as("QA")
                        .get("/api/audit?recordType=Implant&limit=1000&from=" + before)
                        .array()
                        .stream()
                        .map(JsonObject.class::cast)
                        .filter(
                                e ->
                                        serial.equals(e.getString("recordLabel"))
                                                && "status".equals(e.getString("field", null)))
                        .toList();
        assertThat(implantTrail).hasSize(1);
        assertThat(implantTrail.get(0).getString("newValue")).isEqualTo("REJECTED");
        assertThat(implantTrail.get(0).getString("reason")).contains(number);
    }

    @Test
    @Tag("CFR-11.70")
    void useAsIsIsAConcessionSignedByAQaManagerOverTheReportsContent() throws Exception {
        String serial = Fixtures.implant();
        String number = open(serial, "DIM-HOLES", "H2 position 0.11 mm").getString("number");
        var manager = People.as("QA_MANAGER");

        var signed =
                dispose(
                        manager,
                        number,
                        """
                {"disposition":"USE_AS_IS","justification":"screw still seats; surgeon informed",
                 "password":"%s","zone":"Europe/Berlin"}"""
                                .formatted(People.PASSWORD));

        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        var ncr = signed.json();
        assertThat(ncr.getString("disposition")).isEqualTo("USE_AS_IS");
        var approval = ncr.getJsonObject("approval");
        assertThat(approval.getString("meaning")).isEqualTo("CONCESSION");
        assertThat(approval.getString("signer")).isEqualTo("it.qa-manager");
        assertThat(approval.getString("zone")).isEqualTo("Europe/Berlin");
        String canonical =
                """
                {"check":"DIM-HOLES","description":"H2 position 0.11 mm","disposition":"USE_AS_IS",\
                "implant":"%s","justification":"screw still seats; surgeon informed","number":"%s"}"""
                        .formatted(serial, number);
        String expected =
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(approval.getString("signedHash")).isEqualTo(expected);
    }

    @Test
    @Tag("CFR-11.200")
    void aConcessionWithAWrongPasswordOrWithoutJustificationStoresNothing() {
        String serial = Fixtures.implant();
        Instant before = Instant.now().minusSeconds(1);
        String number = open(serial, "CLN-TOC", "TOC 0.6 mg").getString("number");
        var manager = People.as("QA_MANAGER");

        var wrongPassword =
                dispose(
                        manager,
                        number,
                        """
                {"disposition":"USE_AS_IS","justification":"within validated margin","password":"not-my-password"}""");
        assertThat(wrongPassword.status()).as(wrongPassword.toString()).isEqualTo(422);
        assertThat(
                        wrongPassword
                                .json()
                                .getJsonArray("errors")
                                .getJsonObject(0)
                                .getString("location"))
                .isEqualTo("password");
        var noJustification =
                dispose(
                        manager,
                        number,
                        """
                {"disposition":"USE_AS_IS","password":"%s"}"""
                                .formatted(People.PASSWORD));
        assertThat(noJustification.status()).isEqualTo(422);

        var unchanged = People.as("QA").get("/api/nonconformances/" + number).json();
        assertThat(unchanged.getString("status")).isEqualTo("OPEN");
        assertThat(unchanged.containsKey("approval") && !unchanged.isNull("approval")).isFalse();
        long entries =
                People.as("QA")
                        .get("/api/audit?recordType=Nonconformance&limit=1000&from=" + before)
                        .array()
                        .stream()
                        .map(JsonObject.class::cast)
                        .filter(e -> number.equals(e.getString("recordLabel")))
                        .count();
        assertThat(entries).as("only the opening is in the trail").isEqualTo(1);
        // another test's signatures may fall in the same second: only a signature of a
        // nonconformance counts
        assertThat(
                        People.as("QA")
                                .get(
                                        "/api/audit?recordType=ElectronicSignature&actor=it.qa-manager&from="
                                                + before)
                                .array()
                                .stream()
                                .map(JsonObject.class::cast)
                                .filter(
                                        e ->
                                                e.getString("newValue", "")
                                                        .contains(
                                                                "\"subjectType\":\"Nonconformance\"")))
                .as("no signature was made")
                .isEmpty();
    }

    @Test
    @Tag("CFR-11.10g")
    void onlyAQaManagerSignsAConcession() {
        String number =
                open(Fixtures.implant(), "CMP-EXPIRY", "plate expires the day before surgery")
                        .getString("number");
        var byQa =
                dispose(
                        People.as("QA"),
                        number,
                        """
                {"disposition":"USE_AS_IS","justification":"j","password":"%s"}"""
                                .formatted(People.PASSWORD));
        assertThat(byQa.status()).as(byQa.toString()).isEqualTo(403);
    }

    @Test
    void badRequestsAreRefused() {
        var qa = People.as("QA");
        var unknownImplant =
                qa.post(
                        "/api/nonconformances",
                        """
                {"implantSerial":"SN-NOT-THERE-%d","description":"x"}"""
                                .formatted(System.nanoTime()));
        assertThat(unknownImplant.status()).as(unknownImplant.toString()).isEqualTo(422);
        assertThat(
                        qa.post(
                                        "/api/nonconformances",
                                        """
                {"implantSerial":"SN-1"}""")
                                .status())
                .isEqualTo(400);
        assertThat(qa.post("/api/nonconformances", "{\"implantSerial\":").status()).isEqualTo(400);
        String serial = Fixtures.implant();
        assertThat(
                        qa.post(
                                        "/api/nonconformances",
                                        """
                {"implantSerial":"%s","checkId":"not a check","description":"x"}"""
                                                .formatted(serial))
                                .status())
                .isEqualTo(422);
        String number = open(serial, null, "dent").getString("number");
        assertThat(
                        dispose(
                                        qa,
                                        number,
                                        """
                {"disposition":"KEEP"}""")
                                .status())
                .isEqualTo(422);
        assertThat(
                        dispose(
                                        qa,
                                        "NCR-1999-000001",
                                        """
                {"disposition":"REWORK"}""")
                                .status())
                .isEqualTo(404);
        assertThat(qa.get("/api/nonconformances/NCR-1999-000001").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "REGULATOR", "SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void onlyQualityOpensAndDisposesReports(String role) {
        var who = People.as(role);
        assertThat(
                        who.post(
                                        "/api/nonconformances",
                                        """
                {"implantSerial":"SN-ANY-1","description":"x"}""")
                                .status())
                .isEqualTo(403);
        assertThat(
                        dispose(
                                        who,
                                        "NCR-1999-000001",
                                        """
                {"disposition":"REWORK"}""")
                                .status())
                .isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    void theShopFloorQualityAndRegulatorsReadReports(String role) {
        assertThat(People.as(role).get("/api/nonconformances").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void surgeonsAndAdministratorsDoNotReadReports(String role) {
        assertThat(People.as(role).get("/api/nonconformances").status()).isEqualTo(403);
    }
}
