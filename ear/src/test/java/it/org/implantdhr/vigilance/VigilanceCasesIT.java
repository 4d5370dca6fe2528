package it.org.implantdhr.vigilance;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Follow-up facts open vigilance cases as they are recorded (the vigilance rules of the rules
 * module, in the same transaction): a device-attributed event of grade 3 or more, a serious event,
 * an explant; a grade 2 event does not, until a correction raises it. A QA manager triages a case
 * into its reporting deadline, which counts from the day the fact was recorded.
 */
@ExtendWith(ArquillianExtension.class)
class VigilanceCasesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String event(int grade, boolean serious, String deviceAttribution) {
        return """
                {"termCode":"10048038","grade":%d,"serious":%s,"seriousCriterion":%s,
                 "onsetDate":"%s","deviceAttribution":"%s","procedureAttribution":"POSSIBLE",
                 "actionTaken":"NONE","outcome":"RECOVERING"}"""
                .formatted(
                        grade,
                        serious,
                        serious ? "\"HOSPITALISATION\"" : "null",
                        TODAY,
                        deviceAttribution);
    }

    private static List<JsonObject> casesOf(String serial) {
        return expect(People.as("QA_MANAGER").get("/api/vigilance/cases"), 200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("serialNumber").equals(serial))
                .toList();
    }

    @Test
    void aSevereDeviceAttributedSeriousEventOpensItsCasesAtOnce() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        expect(
                plant.surgeon(0)
                        .post(
                                "/api/follow-ups/" + serial + "/adverse-events",
                                event(3, true, "PROBABLE")),
                201);

        List<JsonObject> cases = casesOf(serial);
        assertThat(cases)
                .extracting(c -> c.getString("ruleId"))
                .containsExactlyInAnyOrder("VIG-AE", "VIG-SAE");
        JsonObject vigilanceCase = cases.get(0);
        assertThat(vigilanceCase.getString("status")).isEqualTo("OPEN");
        assertThat(vigilanceCase.getString("caseNumber")).matches("VC-\\d{4}-\\d{4}");
        assertThat(vigilanceCase.getString("criteria")).isEqualTo("VIG 1.0");
        assertThat(vigilanceCase.getString("ruleSetSha256")).hasSize(64);
        assertThat(vigilanceCase.getString("source")).contains("grade 3");
        assertThat(vigilanceCase.getString("awareOn")).isEqualTo(TODAY.toString());
        // before triage the shortest deadline that could apply: 2 days (MDR Art. 87(4))
        assertThat(vigilanceCase.getString("dueOn")).isEqualTo(TODAY.plusDays(2).toString());
    }

    @Test
    void aGrade2EventOpensNoCaseUntilACorrectionRaisesIt() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        Api surgeon = plant.surgeon(0);
        String events = "/api/follow-ups/" + serial + "/adverse-events";
        long id =
                expect(surgeon.post(events, event(2, false, "DEFINITE")), 201)
                        .json()
                        .getJsonNumber("id")
                        .longValue();
        expect(surgeon.post(events, event(3, false, "UNLIKELY")), 201);
        assertThat(casesOf(serial)).isEmpty();

        String raised =
                event(3, false, "POSSIBLE")
                        .replace("{", "{\"reason\":\"grade reassessed at the 1-month visit\",");
        expect(surgeon.put(events + "/" + id, raised), 200);
        assertThat(casesOf(serial))
                .extracting(c -> c.getString("ruleId"))
                .containsExactly("VIG-AE");
        // the same correction again opens no second case
        expect(surgeon.put(events + "/" + id, raised), 200);
        assertThat(casesOf(serial)).hasSize(1);
    }

    @Test
    void anExplantOpensACaseAndAQaManagerTriagesItIntoItsDeadline() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        expect(
                plant.surgeon(0)
                        .post(
                                "/api/implantations/" + serial + "/explantation",
                                """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"INFECTION","reasonText":"deep wound infection",
                 "deviceReturned":true}"""
                                        .formatted(TODAY)),
                201);
        List<JsonObject> cases = casesOf(serial);
        assertThat(cases).extracting(c -> c.getString("ruleId")).containsExactly("VIG-EXPLANT");
        String triage = "/api/vigilance/cases/" + cases.get(0).getString("caseNumber") + "/triage";
        Api qaManager = People.as("QA_MANAGER");

        expectProblem(
                qaManager.post(triage, "{\"deadline\":\"MDR_OTHER_SERIOUS_INCIDENT\"}"),
                422,
                "reason");
        expectProblem(
                qaManager.post(triage, "{\"deadline\":\"SOON\",\"reason\":\"infection\"}"),
                422,
                "deadline");
        expect(
                People.as("QA")
                        .post(
                                triage,
                                "{\"deadline\":\"MDR_OTHER_SERIOUS_INCIDENT\",\"reason\":\"x\"}"),
                403);
        assertThat(casesOf(serial).get(0).getString("status")).isEqualTo("OPEN");

        JsonObject triaged =
                expect(
                                qaManager.post(
                                        triage,
                                        """
                {"deadline":"MDR_OTHER_SERIOUS_INCIDENT","reason":"an infection leading to explant; no death, no deterioration unanticipated"}"""),
                                200)
                        .json();
        assertThat(triaged.getString("status")).isEqualTo("TRIAGED");
        assertThat(triaged.getString("deadlineSource")).isEqualTo("EU MDR Art. 87(3)");
        assertThat(triaged.getString("dueOn")).isEqualTo(TODAY.plusDays(15).toString());
        assertThat(triaged.getString("triagedBy")).isEqualTo("it.qa-manager");

        // the triage is in the audit trail, with its reason
        String audit =
                expect(
                                People.as("REGULATOR")
                                        .get(
                                                "/api/audit?recordType=VigilanceCase&label="
                                                        + triaged.getString("caseNumber")),
                                200)
                        .text();
        assertThat(audit).contains("an infection leading to explant");
    }

    @Test
    void anUnknownCaseIsNotFound() {
        expect(People.as("REGULATOR").get("/api/vigilance/cases/VC-1999-0001"), 404);
    }
}
