package it.org.implantdhr.followup;

import static it.org.implantdhr.platform.Api.expect;
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
 * Visits and adverse events over REST: recorded for one's own patients, every score off its scale,
 * grade the term does not allow, date before the operation or in the future refused naming its
 * field with nothing stored; corrections with a reason; the worklist.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static String visit(
            String date, String karnofsky, String vas, String unit, String watkins) {
        return """
                {"visitDate":"%s","karnofsky":%s,"vasValue":%s,"vasUnit":"%s","instrumentCode":"WATKINS",
                 "instrumentScore":%s,"diseaseStatus":"NO_EVIDENCE_OF_DISEASE"}"""
                .formatted(date, karnofsky, vas, unit, watkins);
    }

    private static String event(String termCode, int grade, String specify) {
        return """
                {"termCode":"%s","grade":%d,"specifyText":%s,"serious":true,"seriousCriterion":"HOSPITALISATION",
                 "onsetDate":"%s","deviceAttribution":"PROBABLE","procedureAttribution":"POSSIBLE",
                 "actionTaken":"REVISION","outcome":"RECOVERING"}"""
                .formatted(
                        termCode, grade, specify == null ? "null" : "\"" + specify + "\"", TODAY);
    }

    static void refusedNaming(Api.Answer answer, String field) {
        expect(answer, 422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text()).contains("\"" + field + "\"");
    }

    @Test
    void aVisitOnTheScalesIsRecordedOnceAndEveryScoreOffItsScaleIsRefused() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        Api surgeon = plant.surgeon(0);
        String visits = "/api/follow-ups/" + serial + "/visits/";

        refusedNaming(surgeon.post(visits + "M1", visit(TODAY, "55", "3", "CM", "2")), "karnofsky");
        refusedNaming(
                surgeon.post(visits + "M1", visit(TODAY, "110", "3", "CM", "2")), "karnofsky");
        refusedNaming(surgeon.post(visits + "M1", visit(TODAY, "80", "11", "CM", "2")), "vasValue");
        refusedNaming(
                surgeon.post(visits + "M1", visit(TODAY, "80", "45.5", "MM", "2")), "vasValue");
        refusedNaming(
                surgeon.post(visits + "M1", visit(TODAY, "80", "3", "CM", "6")), "instrumentScore");
        refusedNaming(
                surgeon.post(visits + "M1", visit(TODAY, "80", "3", "CM", "1.5")),
                "instrumentScore");
        refusedNaming(
                surgeon.post(
                        visits + "M1",
                        visit(
                                LocalDate.now(ZoneOffset.UTC).minusDays(2).toString(),
                                "80",
                                "3",
                                "CM",
                                "2")),
                "visitDate");
        refusedNaming(
                surgeon.post(
                        visits + "M1",
                        visit(
                                LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
                                "80",
                                "3",
                                "CM",
                                "2")),
                "visitDate");
        refusedNaming(surgeon.post(visits + "M7", visit(TODAY, "80", "3", "CM", "2")), "visitCode");
        assertThat(expect(surgeon.get("/api/follow-ups/" + serial + "/visits"), 200).array())
                .isEmpty();

        var recorded =
                expect(surgeon.post(visits + "M1", visit(TODAY, "80", "3.5", "CM", "2")), 201)
                        .json();
        assertThat(recorded.getString("instrumentVersion")).isEqualTo("CW-FU-1.0");
        assertThat(recorded.getJsonNumber("vasValue").bigDecimalValue())
                .isEqualByComparingTo("3.5");
        assertThat(recorded.getString("vasUnit")).isEqualTo("CM");
        expect(surgeon.post(visits + "M1", visit(TODAY, "80", "3.5", "CM", "2")), 409);

        // a correction needs a reason, and keeps it in the audit trail
        refusedNaming(surgeon.put(visits + "M1", visit(TODAY, "90", "35", "MM", "1")), "reason");
        var corrected =
                expect(
                                surgeon.put(
                                        visits + "M1",
                                        visit(TODAY, "90", "35", "MM", "1")
                                                .replace(
                                                        "\"diseaseStatus\"",
                                                        "\"reason\":\"read from the wrong sheet\",\"diseaseStatus\"")),
                                200)
                        .json();
        assertThat(corrected.getInt("karnofsky")).isEqualTo(90);
        assertThat(corrected.getString("vasUnit")).isEqualTo("MM");
        assertThat(expect(Plant.RITA.get("/api/audit?label=" + serial), 200).text())
                .contains("read from the wrong sheet");

        var schedule = expect(surgeon.get("/api/follow-ups/" + serial), 200).json();
        assertThat(
                        schedule.getJsonArray("schedule").getValuesAs(JsonObject.class).stream()
                                .filter(v -> v.getString("visitCode").equals("M1"))
                                .map(v -> v.getString("state"))
                                .toList())
                .containsExactly("DONE");
    }

    @Test
    void anAdverseEventIsGradedByItsTermAndCorrectedWithAReason() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        Api surgeon = plant.surgeon(0);
        String events = "/api/follow-ups/" + serial + "/adverse-events";

        // sepsis has no grade 2 in CTCAE 5.0 (only 3 to 5); seroma no grade 4
        refusedNaming(surgeon.post(events, event("10040047", 2, null)), "grade");
        refusedNaming(surgeon.post(events, event("10040102", 4, null)), "grade");
        refusedNaming(surgeon.post(events, event("99999999", 2, null)), "termCode");
        // "Other, specify" names the event
        refusedNaming(surgeon.post(events, event("10022117", 3, null)), "specifyText");
        refusedNaming(
                surgeon.post(
                        events,
                        event("10048038", 3, null)
                                .replace(
                                        "\"seriousCriterion\":\"HOSPITALISATION\"",
                                        "\"seriousCriterion\":null")),
                "seriousCriterion");
        assertThat(expect(surgeon.get(events), 200).array()).isEmpty();

        var fracture =
                expect(surgeon.post(events, event("10022117", 3, "Implant fracture")), 201).json();
        assertThat(fracture.getString("termText")).contains("Other, specify");
        assertThat(fracture.getString("ctcaeVersion")).isEqualTo("5.0");
        assertThat(fracture.getString("deviceAttribution")).isEqualTo("PROBABLE");
        long id = fracture.getJsonNumber("id").longValue();

        String resolved =
                event("10022117", 3, "Implant fracture")
                        .replace(
                                "\"RECOVERING\"",
                                "\"RECOVERED\",\"resolutionDate\":\"" + TODAY + "\"");
        refusedNaming(surgeon.put(events + "/" + id, resolved), "reason");
        var updated =
                expect(
                                surgeon.put(
                                        events + "/" + id,
                                        resolved.replace(
                                                "\"termCode\"",
                                                "\"reason\":\"resolved after the revision\",\"termCode\"")),
                                200)
                        .json();
        assertThat(updated.getString("outcome")).isEqualTo("RECOVERED");
        assertThat(expect(Plant.RITA.get("/api/audit?label=" + serial), 200).text())
                .contains("resolved after the revision");
    }

    @Test
    void onlyThePatientsOwnSurgeonAndHospitalStaffRecordAndQaAndRegulatorsRead() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        String visits = "/api/follow-ups/" + serial + "/visits";
        String body = visit(TODAY, "80", "3", "CM", "2");

        // someone else's patient: refused naming the implant, nothing stored
        refusedNaming(People.as("SURGEON").post(visits + "/M1", body), "serialNumber");
        expect(People.as("SURGEON").get(visits), 404);
        for (String role : List.of("QA", "QA_MANAGER", "REGULATOR", "OPERATOR", "ADMIN")) {
            assertThat(People.as(role).post(visits + "/M1", body).status()).as(role).isEqualTo(403);
        }
        for (String role : List.of("QA", "QA_MANAGER", "REGULATOR")) {
            assertThat(expect(People.as(role).get(visits), 200).array()).as(role).isEmpty();
        }
        // study staff of the hospital record
        expect(People.as("STUDY_STAFF").post(visits + "/M1", body), 201);
        assertThat(expect(People.as("REGULATOR").get(visits), 200).array()).hasSize(1);
        // the baseline, before the operation, is on the surgeon's worklist (its window closes on
        // the operation day)
        var worklist = expect(plant.surgeon(0).get("/api/follow-ups/worklist"), 200).array();
        assertThat(
                        worklist.getValuesAs(JsonObject.class).stream()
                                .filter(r -> r.getString("serialNumber").equals(serial))
                                .map(r -> r.getString("visitCode"))
                                .toList())
                .contains("BASELINE")
                .doesNotContain("M1");
        assertThat(People.as("SURGEON").get("/api/follow-ups/worklist").text())
                .doesNotContain(serial);
    }
}
