package it.org.implantdhr.implant;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.component.ComponentFixtures;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class ImplantsIT {

    @Test
    @Tag("ISO13485-7.5.8")
    void anImplantIsRegisteredForACaseAndDesignOnce() {
        var design = CaseFixtures.newCaseWithApprovedDesign();
        String serial = CaseFixtures.newImplant(design);
        var implant = expect(People.as("REGULATOR").get("/api/implants/" + serial), 200).json();
        assertThat(implant.getString("caseNumber")).isEqualTo(design.caseNumber());
        assertThat(implant.getString("designVersion")).isEqualTo("V1");
        assertThat(implant.getString("status")).isEqualTo("IN_PROCESS");
        assertThat(implant.containsKey("componentLot")).isFalse();

        var again =
                People.as("OPERATOR")
                        .post(
                                "/api/implants",
                                registration(serial, design.caseNumber(), "V1", null));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(People.as("QA").get("/api/implants?limit=1000").text()).contains(serial);
    }

    @Test
    void unknownReferencesAndMissingFieldsAreRefused() {
        var design = CaseFixtures.newCaseWithApprovedDesign();
        var qa = People.as("QA");
        assertRefused(
                qa.post(
                        "/api/implants",
                        registration(unique("SN"), "CASE-NEVER-OPENED", "V1", null)),
                422,
                "caseNumber");
        assertRefused(
                qa.post(
                        "/api/implants",
                        registration(unique("SN"), design.caseNumber(), "V9", null)),
                422,
                "designVersion");
        assertRefused(
                qa.post("/api/implants", registration("sn lower", design.caseNumber(), "V1", null)),
                422,
                "serialNumber");
        assertRefused(
                qa.post(
                        "/api/implants",
                        "{\"serialNumber\":\""
                                + unique("SN")
                                + "\",\"caseNumber\":\""
                                + design.caseNumber()
                                + "\"}"),
                400,
                "designVersion");
        assertThat(qa.post("/api/implants", "{\"serialNumber\":").status()).isEqualTo(400);
    }

    @Test
    @Tag("ISO13485-7.5.8")
    void aPatientMatchedImplantNeedsAUdiDi() {
        String caseNumber = CaseFixtures.newCase(CaseFixtures.SURGEON, "PATIENT_MATCHED");
        CaseFixtures.design(caseNumber, "V1");
        var engineer = People.as("ENGINEER");
        assertRefused(
                engineer.post("/api/implants", registration(unique("SN"), caseNumber, "V1", null)),
                422,
                "udiDi");
        var registered =
                expect(
                        engineer.post(
                                "/api/implants",
                                registration(unique("SN"), caseNumber, "V1", "04012345678901")),
                        201);
        assertThat(registered.json().getString("udiDi")).isEqualTo("04012345678901");
    }

    @Test
    @Tag("ISO13485-7.5.9.2")
    void aPlateLotIsFittedAndTheMassRecordedCorrectionsNeedAReason() {
        String serial = CaseFixtures.newImplant();
        var lot = ComponentFixtures.newLot();
        var operator = People.as("OPERATOR");
        var fitted =
                expect(operator.post("/api/implants/" + serial + "/component", lot.json()), 200)
                        .json();
        assertThat(fitted.getJsonObject("componentLot").getString("lotNumber"))
                .isEqualTo(lot.lotNumber());

        var other = ComponentFixtures.newLot();
        assertThat(operator.post("/api/implants/" + serial + "/component", other.json()).status())
                .isEqualTo(422);
        expect(
                operator.post(
                        "/api/implants/" + serial + "/component",
                        other.json().replace("}", ",\"reason\":\"plate dropped, replaced\"}")),
                200);
        assertRefused(
                operator.post(
                        "/api/implants/" + serial + "/component",
                        lot.json().replace(lot.lotNumber(), "NO-SUCH-LOT")),
                422,
                "lotNumber");
        assertRefused(
                operator.post("/api/implants/SN-NEVER-MADE/component", lot.json()),
                422,
                "serialNumber");

        var weighed =
                expect(
                                operator.post(
                                        "/api/implants/" + serial + "/mass",
                                        "{\"value\":0.0044,\"unit\":\"kg\"}"),
                                200)
                        .json();
        assertThat(weighed.getJsonObject("measuredMass").getJsonNumber("value").bigDecimalValue())
                .isEqualByComparingTo("4.4");
        assertThat(weighed.getJsonObject("measuredMass").getString("unit")).isEqualTo("g");
        assertRefused(
                operator.post(
                        "/api/implants/" + serial + "/mass", "{\"value\":4.5,\"unit\":\"g\"}"),
                422,
                "reason");
        expect(
                operator.post(
                        "/api/implants/" + serial + "/mass",
                        "{\"value\":4.5,\"unit\":\"g\",\"reason\":\"re-weighed\"}"),
                200);
        assertRefused(
                operator.post(
                        "/api/implants/" + serial + "/mass",
                        "{\"value\":4.5,\"unit\":\"lb\",\"reason\":\"x\"}"),
                422,
                "measuredMass");
        assertRefused(
                operator.post(
                        "/api/implants/" + serial + "/mass", "{\"value\":4.5,\"reason\":\"x\"}"),
                422,
                "measuredMass");
        assertRefused(
                operator.post(
                        "/api/implants/" + serial + "/mass",
                        "{\"value\":-4.5,\"unit\":\"g\",\"reason\":\"x\"}"),
                422,
                "measuredMass");
        assertThat(
                        People.as("QA")
                                .get("/api/audit?recordType=Implant&label=" + serial + "&limit=100")
                                .text())
                .contains("re-weighed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGULATOR", "SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void readersSurgeonsAndAdministratorsDoNotRegisterOrLink(String role) {
        var design = CaseFixtures.newCaseWithApprovedDesign();
        String serial = CaseFixtures.newImplant(design);
        var who = People.as(role);
        assertThat(
                        who.post(
                                        "/api/implants",
                                        registration(unique("SN"), design.caseNumber(), "V1", null))
                                .status())
                .isEqualTo(403);
        assertThat(
                        who.post(
                                        "/api/implants/" + serial + "/mass",
                                        "{\"value\":4.5,\"unit\":\"g\"}")
                                .status())
                .isEqualTo(403);
        assertThat(
                        who.post(
                                        "/api/implants/" + serial + "/component",
                                        ComponentFixtures.newLot().json())
                                .status())
                .isEqualTo(403);
    }

    @Test
    void anAdministratorReadsNoImplants() {
        assertThat(People.as("ADMIN").get("/api/implants").status()).isEqualTo(403);
    }

    @Test
    @Tag("CFR-11.10g")
    void aSurgeonSeesTheImplantsOfTheirOwnCasesOnly() {
        String mine = CaseFixtures.newImplant();
        String otherCase = CaseFixtures.newCase("it.surgeon.other", "CUSTOM_MADE");
        CaseFixtures.design(otherCase, "V1");
        String theirs = unique("SN");
        expect(
                People.as("ENGINEER")
                        .post("/api/implants", registration(theirs, otherCase, "V1", null)),
                201);

        var surgeon = People.as("SURGEON");
        var own = expect(surgeon.get("/api/implants/" + mine), 200).json();
        assertThat(own.getString("status")).isEqualTo("IN_PROCESS");
        assertThat(surgeon.get("/api/implants/" + theirs).status()).isEqualTo(404);
        var listed =
                expect(surgeon.get("/api/implants?limit=1000"), 200).array().stream()
                        .map(v -> ((JsonObject) v).getString("serialNumber"))
                        .toList();
        assertThat(listed).contains(mine).doesNotContain(theirs);
        assertThat(
                        People.named("it.surgeon.other", "SURGEON")
                                .get("/api/implants/" + theirs)
                                .status())
                .isEqualTo(200);
        assertThat(
                        People.named("it.surgeon.other", "SURGEON")
                                .get("/api/implants/" + mine)
                                .status())
                .isEqualTo(404);
    }

    private static String registration(
            String serial, String caseNumber, String version, String udiDi) {
        return """
                {"serialNumber":"%s","caseNumber":"%s","designVersion":"%s"%s}"""
                .formatted(
                        serial,
                        caseNumber,
                        version,
                        udiDi == null ? "" : ",\"udiDi\":\"" + udiDi + "\"");
    }

    private static void assertRefused(
            it.org.implantdhr.platform.Api.Answer answer, int status, String location) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertLocation(answer, status, location);
    }

    /**
     * A missing field is a 400 from JSON binding or validation; a field that is present but wrong
     * is a 422 naming it.
     */
    private static void assertLocation(
            it.org.implantdhr.platform.Api.Answer answer, int status, String location) {
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (status == 422) {
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                    .as(answer.toString())
                    .isEqualTo(location);
        }
    }
}
