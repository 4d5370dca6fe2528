package it.org.implantdhr.vigilance;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One vigilance case over the API: its trace to every sibling implant with where it is now, its
 * signed reportability decisions, a recall made from it through the recall component, and signal
 * detection. Every refusal is problem+json naming the field and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class VigilanceCaseIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** Three implants of one plant, all implanted; the first explanted, which opens its case. */
    private static Plant.Recorded explantedFirstOfThree() {
        Plant.Recorded plant = Plant.implants(3).implanted();
        expect(
                plant.surgeon(0)
                        .post(
                                "/api/implantations/" + plant.serial() + "/explantation",
                                """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"IMPLANT_FRACTURE","reasonText":"plate fractured at month 7",
                 "deviceReturned":true}"""
                                        .formatted(TODAY)),
                201);
        return plant;
    }

    private static String caseOf(String serial) {
        return expect(People.as("QA").get("/api/vigilance/cases"), 200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("serialNumber").equals(serial))
                .findFirst()
                .orElseThrow()
                .getString("caseNumber");
    }

    /**
     * A QA manager of these tests' own: their wrong passwords do not count towards the lockout of
     * the QA manager the other tests sign as.
     */
    private static Api manager() {
        return People.named("it.vigilance-qa-manager", "QA_MANAGER");
    }

    private static String decision(
            String framework, Boolean reportable, String deadline, String reason, String password) {
        var json = Json.createObjectBuilder();
        if (framework != null) {
            json.add("framework", framework);
        }
        if (reportable != null) {
            json.add("reportable", reportable);
        }
        if (deadline != null) {
            json.add("deadline", deadline);
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        if (password != null) {
            json.add("password", password);
        }
        return json.add("zone", "Europe/Berlin").build().toString();
    }

    @Test
    void theCaseTraceReachesEverySiblingWithWhereItIsNow() {
        Plant.Recorded plant = explantedFirstOfThree();
        String number = caseOf(plant.serial());
        JsonObject trace =
                expect(People.as("REGULATOR").get("/api/vigilance/cases/" + number + "/trace"), 200)
                        .json();
        assertThat(trace.getString("serialNumber")).isEqualTo(plant.serial());
        List<String> kinds =
                trace.getJsonArray("backward").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getString("kind"))
                        .toList();
        assertThat(kinds)
                .contains(
                        "design",
                        "build",
                        "powder batch",
                        "powder lot",
                        "heat-treatment run",
                        "dimensional inspection");
        JsonObject powderBatch =
                trace.getJsonArray("backward").getValuesAs(JsonObject.class).stream()
                        .filter(l -> l.getString("kind").equals("powder batch"))
                        .findFirst()
                        .orElseThrow();
        assertThat(powderBatch.getJsonObject("details").containsKey("reuseCount")).isTrue();

        List<JsonObject> shared = trace.getJsonArray("shared").getValuesAs(JsonObject.class);
        for (String kind : List.of("build", "powder lot", "heat-treatment run")) {
            JsonObject s =
                    shared.stream()
                            .filter(x -> x.getString("kind").equals(kind))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no shared " + kind));
            List<JsonObject> siblings = s.getJsonArray("siblings").getValuesAs(JsonObject.class);
            assertThat(siblings)
                    .as(kind)
                    .extracting(x -> x.getString("serialNumber"))
                    .containsExactlyInAnyOrder(plant.serials().get(1), plant.serials().get(2));
            for (JsonObject sibling : siblings) {
                assertThat(sibling.getString("status")).isEqualTo("IMPLANTED");
                assertThat(sibling.getString("hospital")).isNotBlank();
                assertThat(sibling.getString("surgeon")).isNotBlank();
                assertThat(sibling.getString("implantedAt")).startsWith(TODAY.toString());
                assertThat(sibling.getString("followUpStatus")).isEqualTo("ACTIVE");
            }
        }
        assertThat(
                        shared.stream()
                                .filter(x -> x.getString("kind").equals("build"))
                                .findFirst()
                                .orElseThrow()
                                .getString("recallable"))
                .isEqualTo("BUILD");
        expect(People.as("SURGEON").get("/api/vigilance/cases/" + number + "/trace"), 403);
        expect(People.as("QA").get("/api/vigilance/cases/VC-1999-0001/trace"), 404);
    }

    @Test
    @Tag("CFR-11.50")
    @Tag("CFR-11.70")
    void aQaManagerSignsEachReportabilityDecisionAndBadInputStoresNothing() {
        Plant.Recorded plant = explantedFirstOfThree();
        String number = caseOf(plant.serial());
        String decisions = "/api/vigilance/cases/" + number + "/decisions";
        String why = "a fracture of the plate with explant: a serious deterioration, anticipated";

        expectProblem(
                manager().post(decisions, decision(null, true, "x", why, People.PASSWORD)),
                422,
                "framework");
        expectProblem(
                manager()
                        .post(
                                decisions,
                                decision("US_21_CFR_803", false, null, why, People.PASSWORD)),
                422,
                "framework");
        expectProblem(
                manager().post(decisions, decision("EU_MDR", null, null, why, People.PASSWORD)),
                422,
                "reportable");
        expectProblem(
                manager().post(decisions, decision("EU_MDR", true, null, why, People.PASSWORD)),
                422,
                "deadline");
        expectProblem(
                manager()
                        .post(
                                decisions,
                                decision(
                                        "EU_MDR",
                                        true,
                                        "FDA_MDR_30_CALENDAR_DAYS",
                                        why,
                                        People.PASSWORD)),
                422,
                "deadline");
        expectProblem(
                manager()
                        .post(
                                decisions,
                                decision(
                                        "EU_MDR",
                                        false,
                                        "MDR_OTHER_SERIOUS_INCIDENT",
                                        why,
                                        People.PASSWORD)),
                422,
                "deadline");
        expectProblem(
                manager()
                        .post(
                                decisions,
                                decision(
                                        "EU_MDR",
                                        true,
                                        "MDR_OTHER_SERIOUS_INCIDENT",
                                        " ",
                                        People.PASSWORD)),
                422,
                "reason");
        expectProblem(
                manager()
                        .post(
                                decisions,
                                decision(
                                        "EU_MDR",
                                        true,
                                        "MDR_OTHER_SERIOUS_INCIDENT",
                                        why,
                                        "wrong-password")),
                422,
                "password");
        String valid = decision("EU_MDR", true, "MDR_OTHER_SERIOUS_INCIDENT", why, People.PASSWORD);
        for (String role : List.of("QA", "REGULATOR", "SURGEON", "ENGINEER")) {
            expect(People.as(role).post(decisions, valid), 403);
        }
        assertThat(expect(People.as("QA").get(decisions), 200).array()).isEmpty();
        assertThat(
                        expect(People.as("QA").get("/api/vigilance/cases/" + number), 200)
                                .json()
                                .getString("status"))
                .isEqualTo("OPEN");

        JsonObject made = expect(manager().post(decisions, valid), 201).json();
        assertThat(made.getBoolean("reportable")).isTrue();
        assertThat(made.getString("dueOn")).isEqualTo(TODAY.plusDays(15).toString());
        assertThat(made.getString("signature")).contains("REPORTABILITY").contains("Europe/Berlin");
        assertThat(made.getString("contentSha256")).matches("[0-9a-f]{64}");
        // the reportable decision under the EU MDR sets the case's deadline
        JsonObject triaged =
                expect(People.as("QA").get("/api/vigilance/cases/" + number), 200).json();
        assertThat(triaged.getString("status")).isEqualTo("TRIAGED");
        assertThat(triaged.getString("dueOn")).isEqualTo(TODAY.plusDays(15).toString());
        // the signed decision makes the incident report final, naming the decision
        String report =
                expect(
                                People.as("REGULATOR")
                                        .get("/api/vigilance/cases/" + number + "/report.xml"),
                                200)
                        .text();
        assertThat(report).contains("FINAL").doesNotContain("status=\"DRAFT\"");
        assertThat(report).contains("reportable under");

        JsonObject later =
                expect(
                                manager()
                                        .post(
                                                decisions,
                                                decision(
                                                        "EU_MDR",
                                                        false,
                                                        null,
                                                        "retrieval analysis: surgical damage to the plate",
                                                        People.PASSWORD)),
                                201)
                        .json();
        assertThat(later.containsKey("deadline") && !later.isNull("deadline")).isFalse();
        assertThat(later.getString("contentSha256")).isNotEqualTo(made.getString("contentSha256"));
        List<JsonObject> listed =
                expect(People.as("REGULATOR").get(decisions), 200)
                        .array()
                        .getValuesAs(JsonObject.class);
        assertThat(listed).extracting(d -> d.getBoolean("reportable")).containsExactly(true, false);

        String audit =
                expect(
                                People.as("REGULATOR")
                                        .get(
                                                "/api/audit?recordType=ReportabilityDecision&label="
                                                        + number),
                                200)
                        .text();
        assertThat(audit).contains(made.getString("contentSha256"));
    }

    @Test
    @Tag("CFR-11.50")
    void aRecallFromTheCaseGoesThroughTheRecallAndIsLinkedToTheCase() {
        Plant.Recorded plant = explantedFirstOfThree();
        Plant.Recorded other = Plant.implants(1).recorded();
        String number = caseOf(plant.serial());
        String recalls = "/api/vigilance/cases/" + number + "/recalls";
        String reason = "fractured plate; its build is suspected";
        expectProblem(
                manager().post(recalls, recall("MACHINE", plant.build(), reason, People.PASSWORD)),
                422,
                "kind");
        expectProblem(
                manager().post(recalls, recall("BUILD", other.build(), reason, People.PASSWORD)),
                422,
                "key");
        expectProblem(
                manager().post(recalls, recall("BUILD", plant.build(), null, People.PASSWORD)),
                422,
                "reason");
        expectProblem(
                manager().post(recalls, recall("BUILD", plant.build(), reason, "wrong-password")),
                422,
                "password");
        expect(
                People.as("QA")
                        .post(recalls, recall("BUILD", plant.build(), reason, People.PASSWORD)),
                403);
        assertThat(expect(People.as("QA").get(recalls), 200).array()).isEmpty();
        assertThat(
                        expect(People.as("QA").get("/api/recalls?limit=1000"), 200)
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(r -> r.getString("key").equals(plant.build())))
                .isEmpty();

        var answer =
                manager().post(recalls, recall("BUILD", plant.build(), reason, People.PASSWORD));
        JsonObject made = expect(answer, 201).json();
        assertThat(made.getString("origin")).isEqualTo("BUILD");
        assertThat(made.getString("signature")).contains("RECALL");
        assertThat(made.getJsonArray("implants")).hasSize(3);
        List<JsonObject> linked =
                expect(People.as("REGULATOR").get(recalls), 200)
                        .array()
                        .getValuesAs(JsonObject.class);
        assertThat(linked).extracting(r -> r.getInt("id")).containsExactly(made.getInt("id"));
        String audit =
                expect(
                                People.as("REGULATOR")
                                        .get(
                                                "/api/audit?recordType=VigilanceCaseRecall&label="
                                                        + number),
                                200)
                        .text();
        assertThat(audit).contains(number);
    }

    private static String recall(String kind, String key, String reason, String password) {
        var json = Json.createObjectBuilder().add("kind", kind).add("key", key);
        if (reason != null) {
            json.add("reason", reason);
        }
        return json.add("password", password).add("zone", "UTC").build().toString();
    }

    @Test
    void signalDetectionCountsEachGroupsImplantsEventsAndImplantDays() {
        Plant.Recorded plant = explantedFirstOfThree();
        List<JsonObject> builds =
                expect(People.as("QA").get("/api/vigilance/signals?dimension=BUILD"), 200)
                        .array()
                        .getValuesAs(JsonObject.class);
        JsonObject build =
                builds.stream()
                        .filter(b -> b.getString("group").equals(plant.build()))
                        .findFirst()
                        .orElseThrow();
        assertThat(build.getInt("implants")).isEqualTo(3);
        assertThat(build.getInt("events")).isEqualTo(1);
        assertThat(build.getInt("implantsWithEvent")).isEqualTo(1);
        // implanted and explanted today: no implant-day at risk yet, so no rate and no flag
        assertThat(build.getJsonNumber("implantDays").longValue()).isZero();
        assertThat(build.getBoolean("flagged")).isFalse();
        assertThat(build.getJsonArray("reasons").toString()).contains("no implant-days");

        expectProblem(
                People.as("QA").get("/api/vigilance/signals?dimension=COLOUR"), 422, "dimension");
        expect(People.as("REGULATOR").get("/api/vigilance/signals?flagged=true"), 200);
        expect(People.as("SURGEON").get("/api/vigilance/signals"), 403);
    }

    @Test
    void theRulesFollowUpTasksAreListedForThoseWhoFollowThePatient() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        // operated today: the baseline's window closes today, so the rules make no task yet
        List<JsonObject> tasks =
                expect(plant.surgeon(0).get("/api/vigilance/tasks"), 200)
                        .array()
                        .getValuesAs(JsonObject.class);
        assertThat(tasks).noneMatch(t -> t.getString("serialNumber").equals(plant.serial()));
        for (JsonObject t : tasks) {
            assertThat(t.getString("ruleId")).isEqualTo("VIG-VISIT");
            assertThat(LocalDate.parse(t.getString("windowEnd"))).isBefore(TODAY);
        }
        expect(People.as("QA").get("/api/vigilance/tasks"), 200);
        expect(People.as("STUDY_STAFF").get("/api/vigilance/tasks"), 200);
        expect(People.as("ENGINEER").get("/api/vigilance/tasks"), 403);
    }
}
