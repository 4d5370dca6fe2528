package it.org.implantdhr.finishing;

import static it.org.implantdhr.heattreatment.HeatTreatmentFixtures.jsonArray;
import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.heattreatment.HeatTreatmentFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class FinishingIT {

    private static final String MACHINING =
            """
            {"implantSerial":"%s","type":"MACHINING","equipment":"DMG-5X-02","programId":"CW-FIT-01",
             "programVersion":"3","operator":"it.operator","performedAt":"2026-03-16T09:00:00Z","visualResult":"PASS",
             "remarks":"supports removed"}""";

    @Test
    @Tag("ISO13485-7.5.1")
    void operationsAreRecordedPerImplantOnceAndReadInOrder() {
        String serial = HeatTreatmentFixtures.implant();
        var operator = People.as("OPERATOR");
        expect(operator.post("/api/process-operations", MACHINING.formatted(serial)), 201);
        expect(
                operator.post(
                        "/api/process-operations",
                        """
                {"implantSerial":"%s","type":"SEPARATION","equipment":"WEDM-1","operator":"it.operator",
                 "performedAt":"2026-03-16T07:00:00Z","visualResult":"PASS"}"""
                                .formatted(serial)),
                201);

        var operations =
                expect(People.as("REGULATOR").get("/api/process-operations?implant=" + serial), 200)
                        .array();
        assertThat(operations.stream().map(JsonObject.class::cast).map(o -> o.getString("type")))
                .containsExactly("SEPARATION", "MACHINING");
        assertThat(operations.getJsonObject(1).getString("programId")).isEqualTo("CW-FIT-01");
        assertThat(operations.getJsonObject(1).getString("operator")).isEqualTo("it.operator");

        assertThat(operator.post("/api/process-operations", MACHINING.formatted(serial)).status())
                .isEqualTo(409);
    }

    @Test
    void badOperationsAreRefusedNamingTheField() {
        String serial = HeatTreatmentFixtures.implant();
        var operator = People.as("OPERATOR");
        assertRefused(
                operator.post("/api/process-operations", MACHINING.formatted("SN-NO-SUCH")),
                "implantSerial");
        assertRefused(
                operator.post(
                        "/api/process-operations",
                        MACHINING.formatted(serial).replace("\"MACHINING\"", "\"WELDING\"")),
                "type");
        assertRefused(
                operator.post(
                        "/api/process-operations",
                        MACHINING.formatted(serial).replace("\"PASS\"", "\"OK\"")),
                "visualResult");
        assertRefused(
                operator.post(
                        "/api/process-operations",
                        MACHINING.formatted(serial).replace("\"it.operator\"", "\"nobody.here\"")),
                "operator");
        assertRefused(
                operator.post(
                        "/api/process-operations",
                        MACHINING.formatted(serial).replace("\"CW-FIT-01\"", "null")),
                "programId");
        assertThat(
                        operator.post(
                                        "/api/process-operations",
                                        MACHINING
                                                .formatted(serial)
                                                .replace(
                                                        "\"performedAt\":\"2026-03-16T09:00:00Z\",",
                                                        ""))
                                .status())
                .isEqualTo(400);
        assertThat(operator.get("/api/process-operations?implant=" + serial).array()).isEmpty();
    }

    @Test
    @Tag("CFR-11.10g")
    void onlyOperatorsRecordOperations() {
        String serial = HeatTreatmentFixtures.implant();
        for (String role :
                List.of("ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON", "ADMIN")) {
            assertThat(
                            People.as(role)
                                    .post("/api/process-operations", MACHINING.formatted(serial))
                                    .status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(
                        Api.anonymous()
                                .post("/api/process-operations", MACHINING.formatted(serial))
                                .status())
                .isEqualTo(401);
        assertThat(People.as("SURGEON").get("/api/process-operations?implant=" + serial).status())
                .isEqualTo(403);
    }

    @Test
    @Tag("ISO13485-7.5.1")
    void aCleaningRunRecordsItsImplantsAndOneCleanlinessResultPerImplant() {
        String serial = HeatTreatmentFixtures.implant();
        String other = HeatTreatmentFixtures.implant();
        String runNumber = cleaningRun(List.of(serial, other));
        var operator = People.as("OPERATOR");

        String result =
                """
                {"implantSerial":"%s","visualResult":"PASS","residualParticles":12,
                 "endotoxin":{"value":1.5,"unit":"EU/device"},"toc":{"value":120,"unit":"µg"},
                 "testedBy":"Lab Analyst","laboratory":"Microbiology Lab"}""";
        var run =
                expect(
                                People.as("QA")
                                        .post(
                                                "/api/cleaning-runs/" + runNumber + "/results",
                                                result.formatted(serial)),
                                201)
                        .json();
        var recorded = run.getJsonArray("results").getJsonObject(0);
        assertThat(recorded.getString("implantSerial")).isEqualTo(serial);
        assertThat(recorded.getJsonObject("toc").getJsonNumber("value").bigDecimalValue())
                .isEqualByComparingTo("0.120");
        assertThat(recorded.getJsonObject("toc").getString("unit")).isEqualTo("mg");
        assertThat(run.getJsonArray("implantSerials")).hasSize(2);

        assertThat(
                        operator.post(
                                        "/api/cleaning-runs/" + runNumber + "/results",
                                        result.formatted(serial))
                                .status())
                .isEqualTo(409);
        assertRefused(
                operator.post(
                        "/api/cleaning-runs/" + runNumber + "/results",
                        result.formatted(HeatTreatmentFixtures.implant())),
                "implantSerial");
        assertRefused(
                operator.post(
                        "/api/cleaning-runs/" + runNumber + "/results",
                        result.formatted(other).replace("\"EU/device\"", "\"ng\"")),
                "endotoxin");
        assertThat(
                        People.as("REGULATOR")
                                .post(
                                        "/api/cleaning-runs/" + runNumber + "/results",
                                        result.formatted(other))
                                .status())
                .isEqualTo(403);
        assertThat(
                        expect(People.as("REGULATOR").get("/api/cleaning-runs/" + runNumber), 200)
                                .json()
                                .getJsonArray("results"))
                .hasSize(1);
    }

    @Test
    void badCleaningRunsAreRefused() {
        String serial = HeatTreatmentFixtures.implant();
        String runNumber = cleaningRun(List.of(serial));
        var operator = People.as("OPERATOR");
        assertThat(
                        operator.post(
                                        "/api/cleaning-runs",
                                        cleaningRunJson(runNumber, List.of(serial)))
                                .status())
                .isEqualTo(409);
        assertRefused(
                operator.post(
                        "/api/cleaning-runs", cleaningRunJson(unique("CR"), List.of("SN-NO-SUCH"))),
                "implantSerials[0]");
        assertRefused(
                operator.post(
                        "/api/cleaning-runs",
                        cleaningRunJson(unique("CR"), List.of(serial, serial))),
                "implantSerials[1]");
        assertThat(
                        operator.post(
                                        "/api/cleaning-runs",
                                        cleaningRunJson(unique("CR"), List.of()))
                                .status())
                .isEqualTo(400);
        assertThat(
                        People.as("QA")
                                .post(
                                        "/api/cleaning-runs",
                                        cleaningRunJson(unique("CR"), List.of(serial)))
                                .status())
                .isEqualTo(403);
        assertThat(operator.get("/api/cleaning-runs/CR-NO-SUCH").status()).isEqualTo(404);
    }

    private static String cleaningRun(List<String> serials) {
        String runNumber = unique("CR");
        expect(
                People.as("OPERATOR")
                        .post("/api/cleaning-runs", cleaningRunJson(runNumber, serials)),
                201);
        return runNumber;
    }

    private static String cleaningRunJson(String runNumber, List<String> serials) {
        return """
                {"runNumber":"%s","processId":"CLN-US-ALK","processVersion":"2","cleaningFamily":"LATTICE-TI",
                 "operator":"it.operator","performedAt":"2026-03-17T10:00:00Z","implantSerials":%s}"""
                .formatted(runNumber, jsonArray(serials));
    }

    private static void assertRefused(Api.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo(field);
    }
}
