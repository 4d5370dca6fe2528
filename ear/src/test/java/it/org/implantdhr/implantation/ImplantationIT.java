package it.org.implantdhr.implantation;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.PublicVerification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operation over REST: a surgeon implants a released implant of their case, which becomes
 * IMPLANTED for /verify and starts its follow-up; every refusal names its field and stores nothing;
 * an explant ends it.
 */
@ExtendWith(ArquillianExtension.class)
class ImplantationIT {

    /** Now, to the nanosecond: an operation is never before the release that just happened. */
    private static Instant now() {
        return Instant.now();
    }

    /** A problem+json 422 whose errors name {@code field}. */
    static void refusedNaming(Api.Answer answer, String field) {
        expect(answer, 422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text()).contains("\"" + field + "\"");
    }

    private static void notImplanted(String serial) {
        expect(People.as("QA").get("/api/implantations/" + serial), 404);
        assertThat(PublicVerification.statusOf(serial)).isNotIn("IMPLANTED", "EXPLANTED");
    }

    @Test
    void theSurgeonImplantsAReleasedImplantOfTheirCaseOnce() {
        Plant.Recorded plant = Plant.implants(1).released();
        String serial = plant.serial();
        // the QR code's text is the verification address: it names the serial as well
        var created =
                expect(
                                plant.surgeon(0)
                                        .post(
                                                "/api/implantations",
                                                Plant.operation(
                                                        Api.BASE + "/verify/" + serial,
                                                        plant.componentLot(),
                                                        now())),
                                201)
                        .json();
        assertThat(created.getString("serialNumber")).isEqualTo(serial);
        assertThat(created.getString("status")).isEqualTo("IN_PLACE");
        assertThat(created.getString("plateLotNumber")).isEqualTo(plant.componentLot());
        assertThat(created.getString("patientPseudonym")).startsWith("PT-");
        assertThat(PublicVerification.statusOf(serial)).isEqualTo("IMPLANTED");

        var followUp = expect(plant.surgeon(0).get("/api/follow-ups/" + serial), 200).json();
        assertThat(followUp.getString("protocolCode")).isEqualTo("CW-FU");
        assertThat(
                        followUp.getJsonArray("schedule").getValuesAs(JsonObject.class).stream()
                                .map(v -> v.getString("visitCode"))
                                .toList())
                .containsExactly("BASELINE", "DISCHARGE", "M1", "M3", "M6", "M12", "M18", "M24");

        var again =
                plant.surgeon(0)
                        .post(
                                "/api/implantations",
                                Plant.operation(serial, plant.componentLot(), now()));
        expect(again, 409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text()).contains("one implantation per implant");

        var audit = expect(Plant.RITA.get("/api/audit?label=" + serial), 200).text();
        assertThat(audit).contains("Implantation").contains("IMPLANTED");
        expect(People.as("REGULATOR").get("/api/implantations/" + serial), 200);
        assertThat(expect(Plant.RITA.get("/api/trace/implants/" + serial), 200).text())
                .contains("\"implantation\"", plant.componentLot(), "IN_PLACE");
    }

    @Test
    void aRevokedAnUnreleasedOrSomeoneElsesImplantIsRefusedNamingWhy() {
        Plant.Recorded plant = Plant.implants(3).ofSurgeon(Plant.SAM).recorded();
        String revoked = plant.serials().get(0);
        String unreleased = plant.serials().get(1);
        String others = plant.serials().get(2);
        Plant.release(revoked);
        Plant.release(others);
        expect(
                People.as("QA_MANAGER")
                        .post(
                                "/api/certificates/" + revoked + "/revocation",
                                Json.createObjectBuilder()
                                        .add("reason", "test: revoked before the operation")
                                        .add("password", People.PASSWORD)
                                        .add("zone", "Europe/Berlin")
                                        .build()
                                        .toString()),
                200);
        Api sam = plant.surgeon(0);

        var refused =
                sam.post(
                        "/api/implantations",
                        Plant.operation(revoked, plant.componentLot(), now()));
        refusedNaming(refused, "serialNumber");
        assertThat(refused.text()).containsAnyOf("recalled", "REVOKED");
        notImplanted(revoked);

        refused =
                sam.post(
                        "/api/implantations",
                        Plant.operation(unreleased, plant.componentLot(), now()));
        refusedNaming(refused, "serialNumber");
        assertThat(refused.text()).contains("not released");
        notImplanted(unreleased);

        // another surgeon's patient: answered like an unknown implant
        refused =
                People.as("SURGEON")
                        .post(
                                "/api/implantations",
                                Plant.operation(others, plant.componentLot(), now()));
        refusedNaming(refused, "serialNumber");
        assertThat(refused.text()).contains("among the patients you follow");
        refusedNaming(
                People.as("SURGEON")
                        .post(
                                "/api/implantations",
                                Plant.operation("CW-NO-SUCH-1", plant.componentLot(), now())),
                "serialNumber");
        notImplanted(others);
    }

    @Test
    void thePlateLotMustBeRecordedUnexpiredAndTheTimeNotInTheFuture() {
        Plant.Recorded plant = Plant.implants(1).released();
        String serial = plant.serial();
        Api surgeon = plant.surgeon(0);
        String expiredLot = "EXP-" + System.nanoTime();
        expect(
                People.as("QA")
                        .post(
                                "/api/component-lots",
                                """
                {"supplier":"Zeus Industrial Products","catalogueNumber":"PTFE-SP-120","lotNumber":"%s","material":"PTFE",
                 "expiryDate":"%s","sterile":true,"sterilisationMethod":"ETHYLENE_OXIDE"}"""
                                        .formatted(
                                                expiredLot,
                                                LocalDate.now(ZoneOffset.UTC).minusDays(1))),
                201);
        refusedNaming(
                surgeon.post("/api/implantations", Plant.operation(serial, expiredLot, now())),
                "plateLotNumber");
        refusedNaming(
                surgeon.post("/api/implantations", Plant.operation(serial, "NO-SUCH-LOT", now())),
                "plateLotNumber");
        refusedNaming(
                surgeon.post(
                        "/api/implantations",
                        Plant.operation(
                                serial, plant.componentLot(), now().plus(1, ChronoUnit.DAYS))),
                "operatedAt");
        refusedNaming(
                surgeon.post(
                        "/api/implantations",
                        Plant.operation(serial, plant.componentLot(), now())
                                .replace("\"ribsResected\":3", "\"ribsResected\":0")),
                "ribsResected");
        notImplanted(serial);
    }

    @Test
    void onlySurgeonsAndStudyStaffRecordAndQaAndRegulatorsRead() {
        Plant.Recorded plant = Plant.implants(1).released();
        String body = Plant.operation(plant.serial(), plant.componentLot(), now());
        for (String role :
                List.of("OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "ADMIN")) {
            var refused = People.as(role).post("/api/implantations", body);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
        }
        notImplanted(plant.serial());
        // study staff of the case's hospital record the operation for the surgeon
        var created = expect(People.as("STUDY_STAFF").post("/api/implantations", body), 201).json();
        assertThat(created.getString("hospital")).isEqualTo(People.HOSPITAL);
        for (String role : List.of("QA", "QA_MANAGER", "REGULATOR", "STUDY_STAFF")) {
            expect(People.as(role).get("/api/implantations/" + plant.serial()), 200);
        }
        expect(People.as("SURGEON").get("/api/implantations/" + plant.serial()), 404);
        assertThat(People.as("SURGEON").get("/api/implantations").text())
                .doesNotContain(plant.serial());
        assertThat(plant.surgeon(0).get("/api/implantations").text()).contains(plant.serial());
    }

    @Test
    void anExplantEndsTheImplantation() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        Api surgeon = plant.surgeon(0);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        refusedNaming(
                surgeon.post(
                        "/api/implantations/" + serial + "/discharge",
                        "{\"dischargeDate\":\""
                                + LocalDate.now(ZoneOffset.UTC).plusDays(3)
                                + "\"}"),
                "dischargeDate");
        var discharged =
                expect(
                                surgeon.post(
                                        "/api/implantations/" + serial + "/discharge",
                                        "{\"dischargeDate\":\"" + today + "\"}"),
                                200)
                        .json();
        assertThat(discharged.getInt("lengthOfStayDays")).isEqualTo(1);
        refusedNaming(
                surgeon.post(
                        "/api/implantations/" + serial + "/discharge",
                        "{\"dischargeDate\":\"" + today + "\"}"),
                "reason");

        var ended =
                expect(
                                surgeon.post(
                                        "/api/implantations/" + serial + "/explantation",
                                        """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"INFECTION","reasonText":"deep wound infection",
                 "deviceReturned":true}"""
                                                .formatted(today)),
                                201)
                        .json();
        assertThat(ended.getString("status")).isEqualTo("EXPLANTED");
        assertThat(ended.getJsonObject("explantation").getString("reason")).isEqualTo("INFECTION");
        assertThat(PublicVerification.statusOf(serial)).isEqualTo("EXPLANTED");
        expect(
                surgeon.post(
                        "/api/implantations/" + serial + "/explantation",
                        """
                {"kind":"REVISION","explantedOn":"%s","reason":"PAIN"}"""
                                .formatted(today)),
                409);
        var findings =
                expect(
                                surgeon.post(
                                        "/api/implantations/" + serial + "/explantation/findings",
                                        "{\"retrievalFindings\":\"biofilm on the posterior face\"}"),
                                200)
                        .json();
        assertThat(findings.getJsonObject("explantation").getString("retrievalFindings"))
                .contains("biofilm");
    }

    @Test
    void aRecallRevokesTheCertificateOfAnImplantedImplantAndLeavesItInItsPatient() {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        expect(
                People.as("QA_MANAGER")
                        .post(
                                "/api/recalls",
                                Json.createObjectBuilder()
                                        .add("kind", "POWDER_LOT")
                                        .add("key", plant.powderLot())
                                        .add(
                                                "reason",
                                                "test: powder lot recalled after the operation")
                                        .add("password", People.PASSWORD)
                                        .build()
                                        .toString()),
                201);
        assertThat(PublicVerification.statusOf(serial)).isEqualTo("REVOKED");
        var implantation = expect(People.as("QA").get("/api/implantations/" + serial), 200).json();
        assertThat(implantation.getString("status")).isEqualTo("IN_PLACE");
        // the patient is still followed up
        expect(
                plant.surgeon(0)
                        .post(
                                "/api/follow-ups/" + serial + "/visits/M1",
                                """
                {"visitDate":"%s","karnofsky":80,"diseaseStatus":"NO_EVIDENCE_OF_DISEASE"}"""
                                        .formatted(LocalDate.now(ZoneOffset.UTC))),
                201);
    }
}
