package it.org.implantdhr.vigilance;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A vigilance case's incident report: a QA manager chooses its IMDRF codes (checked against the
 * shipped terminology, per annex, nothing stored on a refusal, a change with its reason, audited);
 * QA, QA managers and regulators download its device section as XML, checked here against the
 * schema the application ships, and as signed PDF/A, checked with pdfsig and its text, both
 * generated from the signed record and marked DRAFT while the case has no signed reportability
 * decision.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentReportIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static final String XSD = "/org/implantdhr/vigilance/incident-report-device-1.0.xsd";

    /** Explants the plant's implant: the vigilance rules open a case; its number. */
    static String explantCase(Plant.Recorded plant) {
        expect(
                plant.surgeon(0)
                        .post(
                                "/api/implantations/" + plant.serial() + "/explantation",
                                """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"IMPLANT_FRACTURE","reasonText":"fracture of the implant at month 7",
                 "deviceReturned":true}"""
                                        .formatted(TODAY)),
                201);
        return expect(People.as("QA_MANAGER").get("/api/vigilance/cases"), 200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("serialNumber").equals(plant.serial()))
                .findFirst()
                .orElseThrow()
                .getString("caseNumber");
    }

    static void validate(byte[] xml) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (var xsd = IncidentReportIT.class.getResourceAsStream(XSD)) {
            factory.newSchema(new StreamSource(xsd))
                    .newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
    }

    @Test
    void aQaManagerChoosesCodesAndTheReportCarriesThemWithTheDeviceSection() throws Exception {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String number = explantCase(plant);
        String codes = "/api/vigilance/cases/" + number + "/imdrf-codes";
        Api qaManager = People.as("QA_MANAGER");

        // refused: a code of another annex, an unknown code, a heading; QA may not choose
        expectProblem(
                qaManager.put(codes, "{\"deviceProblems\":[\"E1603\"]}"), 422, "deviceProblems");
        expectProblem(
                qaManager.put(
                        codes, "{\"deviceProblems\":[\"A040101\"],\"healthImpacts\":[\"F99\"]}"),
                422,
                "healthImpacts");
        expectProblem(qaManager.put(codes, "{\"clinicalSigns\":[\"E01\"]}"), 422, "clinicalSigns");
        expect(People.as("QA").put(codes, "{\"deviceProblems\":[\"A040101\"]}"), 403);
        // nothing of it was stored
        JsonObject none = expect(People.as("REGULATOR").get(codes), 200).json();
        assertThat(none.getJsonArray("deviceProblems")).isEmpty();
        assertThat(none.getJsonArray("healthImpacts")).isEmpty();
        assertThat(none.getString("chosenBy", null)).isNull();

        JsonObject chosen =
                expect(
                                qaManager.put(
                                        codes,
                                        """
                {"deviceProblems":["A040101"],"clinicalSigns":["E1603"],"healthImpacts":["F1905"],"components":[]}"""),
                                200)
                        .json();
        assertThat(chosen.getJsonArray("deviceProblems").getJsonObject(0).getString("term"))
                .isEqualTo("Fracture");
        assertThat(chosen.getString("chosenBy")).isEqualTo("it.qa-manager");

        // a change needs its reason, and the audit trail keeps both choices
        expectProblem(qaManager.put(codes, "{\"deviceProblems\":[\"A0401\"]}"), 422, "reason");
        expect(
                qaManager.put(
                        codes,
                        """
                {"deviceProblems":["A040101","A0401"],"clinicalSigns":["E1603"],"healthImpacts":["F1905"],
                 "reason":"the retrieval analysis found a break besides the fracture"}"""),
                200);
        String audit =
                expect(
                                People.as("REGULATOR")
                                        .get("/api/audit?recordType=ImdrfCoding&label=" + number),
                                200)
                        .text();
        assertThat(audit)
                .contains("the retrieval analysis found a break besides the fracture")
                .contains("A040101 A0401");

        Api.Answer xml =
                expect(People.as("REGULATOR").get(codes.replace("imdrf-codes", "report.xml")), 200);
        assertThat(xml.contentType()).startsWith("application/xml");
        validate(xml.body());
        String text = new String(xml.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("status=\"DRAFT\"")
                .contains(
                        "<manufacturerReferenceNumber>" + number + "</manufacturerReferenceNumber>")
                .contains("<manufacturerAwarenessDate>" + TODAY + "</manufacturerAwarenessDate>")
                .contains("<serialNumber>" + plant.serial() + "</serialNumber>")
                .contains("<lotNumber material=\"powder\">" + plant.powderLot() + "</lotNumber>")
                .contains(
                        "<lotNumber material=\"separation-plate\">"
                                + plant.componentLot()
                                + "</lotNumber>")
                .contains("<customMadeDeviceIdentification noUdiReason=")
                .doesNotContain("<udiDI>")
                .contains("<implantDate>")
                .contains("<explantDate>" + TODAY + "</explantDate>")
                .contains("<deviceManufacturingDate>")
                .contains("<medicalDeviceProblem code=\"A040101\">Fracture</medicalDeviceProblem>")
                .contains("<medicalDeviceProblem code=\"A0401\">")
                .contains("code=\"E1603\"")
                .contains("<healthImpact code=\"F1905\">");

        Api.Answer pdf =
                expect(People.as("QA").get(codes.replace("imdrf-codes", "report.pdf")), 200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        Path file = Files.createTempFile("incident-report-", ".pdf");
        Files.write(file, pdf.body());
        Process pdfsig =
                new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.delete(file);
        assertThat(output).as(output).contains("Signature is Valid.");
        try (var document = Loader.loadPDF(pdf.body())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(printed)
                    .contains(
                            "DRAFT",
                            "Manufacturer Incident Report",
                            number,
                            plant.serial(),
                            plant.powderLot(),
                            plant.componentLot(),
                            "None. A custom-made device carries no UDI",
                            "A040101",
                            "Fracture",
                            "E1603",
                            "F1905");
        }

        // every generation is audited on the case with the digest of the bytes handed out
        String generations =
                expect(
                                People.as("REGULATOR")
                                        .get("/api/audit?recordType=VigilanceCase&label=" + number),
                                200)
                        .text();
        assertThat(generations).contains("draft incident report XML", "draft incident report PDF");
    }

    @Test
    void aPatientMatchedDeviceIsReportedWithItsUdiDi() throws Exception {
        Plant.Recorded plant = Plant.implants(1).patientMatched().implanted();
        String number = explantCase(plant);
        Api.Answer xml =
                expect(
                        People.as("QA_MANAGER")
                                .get("/api/vigilance/cases/" + number + "/report.xml"),
                        200);
        validate(xml.body());
        assertThat(new String(xml.body(), StandardCharsets.UTF_8))
                .contains("<regulatoryPathway>PATIENT_MATCHED</regulatoryPathway>")
                .contains("<udiDI>")
                .doesNotContain("customMadeDeviceIdentification")
                .contains("<imdrfCodes")
                .doesNotContain("<medicalDeviceProblem");
    }

    @Test
    void anUnknownCaseHasNoReport() {
        expect(People.as("REGULATOR").get("/api/vigilance/cases/VC-1999-0001/report.xml"), 404);
        expect(People.as("QA_MANAGER").get("/api/vigilance/cases/VC-1999-0001/imdrf-codes"), 404);
        expect(
                People.as("QA_MANAGER")
                        .put(
                                "/api/vigilance/cases/VC-1999-0001/imdrf-codes",
                                "{\"deviceProblems\":[\"A040101\"]}"),
                404);
    }
}
