package it.org.implantdhr.component;

import static it.org.implantdhr.component.ComponentFixtures.lotJson;
import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class ComponentLotsIT {

    @Test
    @Tag("ISO13485-7.5.9.2")
    void aLotIsReceivedWithItsCertificateAndReadBack() throws Exception {
        var key = ComponentFixtures.newLot();
        var lot = expect(People.as("REGULATOR").get(key.path()), 200).json();
        assertThat(lot.getString("material")).isEqualTo("PTFE");
        assertThat(lot.getBoolean("sterile")).isTrue();
        assertThat(lot.getString("sterilisationMethod")).isEqualTo("EO");
        byte[] certificate = ComponentFixtures.CERTIFICATE;
        assertThat(lot.getJsonObject("certificate").getString("sha256"))
                .isEqualTo(
                        HexFormat.of()
                                .formatHex(
                                        MessageDigest.getInstance("SHA-256").digest(certificate)));
        assertThat(People.as("ENGINEER").get("/api/component-lots?limit=1000").text())
                .contains(key.lotNumber());

        var replaced =
                People.as("QA")
                        .upload(
                                key.path() + "/certificate?fileName=coc2.pdf",
                                "application/pdf",
                                Plant.onePagePdf("second"));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(422);
        expect(
                People.as("QA")
                        .upload(
                                key.path()
                                        + "/certificate?fileName=coc2.pdf&reason=supplier%20reissued",
                                "application/pdf",
                                Plant.onePagePdf("second")),
                200);
    }

    @Test
    void aLotIsRecordedOnlyOnce() {
        String lotNumber = "L" + System.nanoTime();
        expect(
                People.as("QA")
                        .post(
                                "/api/component-lots",
                                lotJson(lotNumber, LocalDate.now().plusYears(1))),
                201);
        var again =
                People.as("OPERATOR")
                        .post(
                                "/api/component-lots",
                                lotJson(lotNumber, LocalDate.now().plusYears(1)));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        expect(
                People.as("OPERATOR")
                        .post(
                                "/api/component-lots",
                                lotJson(lotNumber, LocalDate.now().plusYears(1))
                                        .replace("PTFE-120x80", "PTFE-150x100")),
                201);
    }

    @Test
    void anInvalidLotIsRefusedNamingTheField() {
        var operator = People.as("OPERATOR");
        String json = lotJson("L" + System.nanoTime(), LocalDate.now().plusYears(1));
        assertRefused(
                operator.post("/api/component-lots", json.replace("\"PTFE\"", "\"NYLON\"")),
                422,
                "material");
        assertRefused(
                operator.post(
                        "/api/component-lots", json.replace(",\"sterilisationMethod\":\"EO\"", "")),
                422,
                "sterilisationMethod");
        assertRefused(
                operator.post("/api/component-lots", json.replace("\"sterile\":true,", "")),
                400,
                "sterile");
        assertRefused(
                operator.post(
                        "/api/component-lots",
                        json.replaceFirst("\"expiryDate\":\"[0-9-]+\",", "")),
                400,
                "expiryDate");
        assertThat(operator.post("/api/component-lots", "{\"supplier\":").status()).isEqualTo(400);
        expect(
                operator.post(
                        "/api/component-lots",
                        json.replace("\"sterile\":true", "\"sterile\":false")
                                .replace(",\"sterilisationMethod\":\"EO\"", "")),
                201);
        assertThat(operator.get("/api/component-lots/Nobody/X/Y").status()).isEqualTo(404);
        assertThat(
                        operator.upload(
                                        "/api/component-lots/Nobody/X/Y/certificate",
                                        "application/pdf",
                                        new byte[] {1})
                                .status())
                .isEqualTo(404);
    }

    private static void assertRefused(
            it.org.implantdhr.platform.Api.Answer answer, int status, String location) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertLocation(answer, status, location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENGINEER", "REGULATOR", "SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void onlyOperatorsAndQaReceiveLots(String role) {
        var answer =
                People.as(role)
                        .post(
                                "/api/component-lots",
                                lotJson("L" + System.nanoTime(), LocalDate.now().plusYears(1)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SURGEON", "ADMIN"})
    @Tag("CFR-11.10g")
    void surgeonsAndAdministratorsDoNotBrowseLots(String role) {
        assertThat(People.as(role).get("/api/component-lots").status()).isEqualTo(403);
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
