package it.org.implantdhr.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The implant card (MDR Art. 18) and the Annex XIII statement of a released custom-made implant,
 * generated on demand from the released record: their content read back with PDFBox, PDF/A-3
 * identification and embedded fonts (veraPDF itself runs in the unit tests of ejb and
 * pdf-templates), the same bytes on every request, the generation in the audit trail, and
 * 404/409/401/403.
 *
 * <p>On plants of this class's own: sam.surgeon's custom-made cases, one implant released and one
 * never evaluated, and a patient-matched implant. No test changes them.
 */
@ExtendWith(ArquillianExtension.class)
class ImplantDocumentsIT {

    private static final Api QA = Plant.QUINN;
    private static final Api OWN_SURGEON = Api.as(Plant.SAM, Plant.SAM + "-demo");
    private static final Api OTHER_SURGEON = Api.as(Plant.SOFIA, Plant.SOFIA + "-demo");
    private static final String SURGEON_NAME = "Dr. Samuel Weiss";

    private static String serial;
    private static String notReleasedCustomMade;
    private static String patientMatched;
    private static JsonObject implantCase;

    @BeforeAll
    static void aCustomMadeImplantIsReleasedAnotherIsNotAndOneIsPatientMatched() {
        Plant.Recorded customMade = Plant.implants(2).ofSurgeon(Plant.SAM).recorded();
        serial = customMade.serials().get(0);
        notReleasedCustomMade = customMade.serials().get(1);
        Plant.release(serial);
        patientMatched = Plant.implants(1).patientMatched().recorded().serial();
        implantCase = QA.get("/api/cases/" + customMade.caseNumber()).json();
        assertThat(implantCase.getString("regulatoryPathway")).isEqualTo("CUSTOM_MADE");
        assertThat(
                        QA.get(
                                        "/api/cases/"
                                                + QA.get("/api/implants/" + patientMatched)
                                                        .json()
                                                        .getString("caseNumber"))
                                .json()
                                .getString("regulatoryPathway"))
                .isEqualTo("PATIENT_MATCHED");
    }

    private static String status(String serial) {
        return QA.get("/api/implants/" + serial).json().getString("status");
    }

    @Test
    void theImplantCardCarriesTheArticle18FieldsOfTheReleasedRecord() throws IOException {
        var card = QA.get("/api/implants/" + serial + "/implant-card");
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.contentType()).startsWith("application/pdf");

        String text = text(card.body());
        assertThat(text)
                .contains(
                        "IMPLANT CARD",
                        "Patient-specific chest-wall reconstruction plate",
                        "CW-PLATE-TI64",
                        serial,
                        "Custom-made device",
                        implantCase.getString("patientPseudonym"),
                        implantCase.getString("hospital"),
                        "Implant DHR Demo Manufacturing GmbH",
                        "Demostraße 1",
                        "https://implant-dhr.example/patients",
                        "Expected lifetime",
                        "Date of implantation",
                        "Template implant-card-v1");
        // a custom-made device has no UDI (MDR Art. 27(1)); the patient is never named
        assertThat(text).doesNotContain("UDI");
        assertPdfA3WithEmbeddedFonts(card.body());
    }

    @Test
    @Tag("CFR-11.50")
    void theAnnexXiiiStatementNamesPrescriberPatientCodeSitesAndTheReleaseSignature()
            throws IOException {
        var statement = QA.get("/api/implants/" + serial + "/annex-xiii-statement");
        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        assertThat(statement.contentType()).startsWith("application/pdf");

        String text = text(statement.body());
        assertThat(text)
                .contains(
                        "Statement Concerning a Custom-Made Device",
                        serial,
                        implantCase.getString("patientPseudonym"),
                        SURGEON_NAME,
                        implantCase.getString("hospital"),
                        "RX-" + implantCase.getString("caseNumber"),
                        "Implant DHR Demo Manufacturing GmbH",
                        "DE-MF-000000000",
                        "Manufacturing site",
                        "Quinn Adeyemi",
                        "RELEASE",
                        "sole use of the patient");
        assertThat(text).containsPattern("STL SHA-256 [0-9a-f]{64}");
        assertPdfA3WithEmbeddedFonts(statement.body());
    }

    @Test
    @Tag("CFR-11.10b")
    @Tag("CFR-11.10e")
    void bothSignTheSameRenderedBytesOnEveryRequestAndEachGenerationIsAudited() throws Exception {
        Api regulator = People.as("REGULATOR");
        Instant before = Instant.now().minusSeconds(2);
        var first = regulator.get("/api/implants/" + serial + "/implant-card");
        var second = regulator.get("/api/implants/" + serial + "/implant-card");
        var statement = regulator.get("/api/implants/" + serial + "/annex-xiii-statement");
        assertThat(first.status()).isEqualTo(200);
        assertThat(statement.status()).isEqualTo(200);
        // each request signs anew (its own signature time and timestamp); what is signed — the
        // rendered document, the file's first revision — is the same bytes every time
        assertThat(renderedRevision(second.body())).isEqualTo(renderedRevision(first.body()));
        assertThat(
                        renderedRevision(
                                regulator
                                        .get("/api/implants/" + serial + "/annex-xiii-statement")
                                        .body()))
                .isEqualTo(renderedRevision(statement.body()));

        var entries =
                regulator
                        .get(
                                "/api/audit?recordType=Implant&actor=it.regulator&label="
                                        + serial
                                        + "&from="
                                        + before)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(
                                e ->
                                        e.getString("action").equals("GENERATE")
                                                && e.getString("recordLabel").equals(serial))
                        .map(e -> e.getString("newValue"))
                        .toList();
        assertThat(entries)
                .contains(
                        "implant card implant-card-v1, sha256 " + sha256(first.body()),
                        "Annex XIII statement annex-xiii-statement-v1, sha256 "
                                + sha256(statement.body()));
    }

    /** The file up to its first end-of-file marker: the document as rendered, before signing. */
    private static byte[] renderedRevision(byte[] pdf) {
        int end = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("%%EOF");
        assertThat(end).isPositive();
        return java.util.Arrays.copyOf(pdf, end + 5);
    }

    @Test
    void anUnknownSerialIsNotFound() {
        for (String document : List.of("implant-card", "annex-xiii-statement")) {
            var answer = QA.get("/api/implants/NO-SUCH-" + System.nanoTime() + "/" + document);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anImplantThatIsNotReleasedHasNoDocumentsYet() {
        assertThat(status(notReleasedCustomMade)).isNotEqualTo("RELEASED");
        for (String document : List.of("implant-card", "annex-xiii-statement")) {
            var answer = QA.get("/api/implants/" + notReleasedCustomMade + "/" + document);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().getString("detail"))
                    .contains(notReleasedCustomMade, "released");
        }
    }

    @Test
    void aPatientMatchedDeviceHasNoAnnexXiiiStatement() {
        var answer = QA.get("/api/implants/" + patientMatched + "/annex-xiii-statement");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getString("detail")).contains("PATIENT_MATCHED", "custom-made");
    }

    @Test
    @Tag("CFR-11.10g")
    void qaRegulatorAndTheOwnSurgeonMayReadOthersMayNot() {
        String card = "/api/implants/" + serial + "/implant-card";
        String statement = "/api/implants/" + serial + "/annex-xiii-statement";
        for (String path : List.of(card, statement)) {
            assertThat(Api.anonymous().get(path).status()).isEqualTo(401);
            assertThat(People.as("QA_MANAGER").get(path).status()).isEqualTo(200);
            assertThat(People.as("REGULATOR").get(path).status()).isEqualTo(200);
            assertThat(OWN_SURGEON.get(path).status()).isEqualTo(200);
            var otherSurgeon = OTHER_SURGEON.get(path);
            assertThat(otherSurgeon.status()).isEqualTo(403);
            assertThat(otherSurgeon.contentType()).startsWith("application/problem+json");
            assertThat(People.as("OPERATOR").get(path).status()).isEqualTo(403);
            assertThat(People.as("ENGINEER").get(path).status()).isEqualTo(403);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** What PDFBox can see of PDF/A-3b: the XMP identification and every font embedded. */
    private static void assertPdfA3WithEmbeddedFonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp =
                    new String(
                            document.getDocumentCatalog().getMetadata().toByteArray(),
                            StandardCharsets.UTF_8);
            assertThat(xmp)
                    .containsPattern("pdfaid:part(>|=\")3")
                    .containsPattern("pdfaid:conformance(>|=\")B");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
