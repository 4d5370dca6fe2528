package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.implantdhr.documents.AnnexXiiiStatementModel;
import org.implantdhr.documents.AnnexXiiiStatementRenderer;
import org.implantdhr.documents.CertificateModel;
import org.implantdhr.documents.CertificateRenderer;
import org.implantdhr.documents.CheckOutcome;
import org.implantdhr.documents.CheckResult;
import org.implantdhr.documents.DeviceCategory;
import org.implantdhr.documents.ImplantCardModel;
import org.implantdhr.documents.ImplantCardRenderer;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.documents.SeparationPlateLot;
import org.junit.jupiter.api.Test;

/**
 * What the documents of a released implant print, mapped from a released record as a fixture builds
 * it: no database.
 */
class DocumentModelMapperTest {

    private static final Manufacturer MANUFACTURER =
            new Manufacturer(
                    "Nordlicht Medical Implants GmbH",
                    "Werkstraße 12, 24103 Kiel, Germany",
                    "https://www.nordlicht-implants.example",
                    "DE-MF-000012345");
    private static final Instant ISSUED = ReleasedRecordFixture.SIGNED_AT.plusSeconds(2);
    private static final String URL = "https://dhr.example/verify/CW-UNIT-01";

    private static CertificateModel certificate(ReleasedRecord released) {
        return DocumentModelMapper.certificate(
                "RC-CW-UNIT-01-1", ISSUED, MANUFACTURER, released, null, URL);
    }

    @Test
    void theCertificatePrintsTheConfiguredManufacturerThePlateLotAndTheCleaningDate() {
        CertificateModel model = certificate(new ReleasedRecordFixture().build());

        assertThat(model.manufacturer()).isEqualTo(MANUFACTURER);
        assertThat(model.materials().separationPlate())
                .isEqualTo(new SeparationPlateLot("SP-LOT-77", LocalDate.of(2027, 1, 31)));
        var cleaning = model.process().cleaning();
        assertThat(cleaning.runId()).isEqualTo("CL-2026-031");
        assertThat(cleaning.process()).isEqualTo("CLN-US-ALK version 3");
        // printed in the zone of the release signature
        assertThat(cleaning.completed())
                .isEqualTo(ReleasedRecordFixture.CLEANED_AT.atZone(ReleasedRecordFixture.ZONE));
        assertThat(cleaning.result()).isEqualTo("visual PASS, endotoxin 0.05 EU/device");
        assertThat(model.issuedAt().getZone()).isEqualTo(ReleasedRecordFixture.ZONE);
        assertThat(model.caseReference().surgeon()).isEqualTo("Dr. Sofia Marin");
        assertThat(model.release().signature().printedName()).isEqualTo("Quinn Adeyemi");
        assertThat(model.release().signature().meaning()).isEqualTo("RELEASE");
    }

    @Test
    void aNonconformanceUsedAsIsIsPrintedInFullAsAConcessionAndItsCheckAsPassedUnderIt()
            throws Exception {
        var approval =
                new org.implantdhr.nonconformance.boundary.NonconformanceRecord.Approval(
                        "mia.qamanager",
                        "Mia Okafor",
                        "CONCESSION",
                        ReleasedRecordFixture.SIGNED_AT.minusSeconds(3_600),
                        "Europe/Berlin",
                        "aa".repeat(32),
                        "Mia Okafor, CONCESSION");
        var useAsIs =
                new org.implantdhr.nonconformance.boundary.NonconformanceRecord(
                        5,
                        "NCR-2026-0005",
                        ReleasedRecordFixture.SERIAL,
                        "CMP-EXPIRY",
                        "Plate lot expires two days before the surgery",
                        org.implantdhr.nonconformance.entity.NonconformanceStatus.CLOSED,
                        org.implantdhr.nonconformance.entity.Disposition.USE_AS_IS,
                        "Surgery brought forward by the hospital; plate sterilised on the day",
                        ReleasedRecordFixture.SIGNED_AT.minusSeconds(7_200),
                        "quinn.qa",
                        ReleasedRecordFixture.SIGNED_AT.minusSeconds(3_600),
                        "mia.qamanager",
                        approval);

        CertificateModel model =
                DocumentModelMapper.certificate(
                        "RC-CW-UNIT-01-1",
                        ISSUED,
                        MANUFACTURER,
                        new ReleasedRecordFixture().build(),
                        null,
                        URL,
                        List.of(useAsIs));

        assertThat(model.release().concessions())
                .anySatisfy(
                        c -> {
                            assertThat(c.concessionId()).isEqualTo("NCR-2026-0005");
                            assertThat(c.checkId()).isEqualTo("CMP-EXPIRY");
                            assertThat(c.text())
                                    .contains(
                                            "Plate lot expires",
                                            "used as is",
                                            "Surgery brought forward");
                            assertThat(c.approvedBy()).isEqualTo("Mia Okafor");
                        });
        assertThat(model.release().checks())
                .filteredOn(c -> c.checkId().equals("DES-HASH"))
                .allSatisfy(c -> assertThat(c.result()).isEqualTo(CheckResult.PASS));
        assertThat(text(new CertificateRenderer().render(model).pdf())).contains("NCR-2026-0005");
    }

    @Test
    void renderedCertificateShowsTheFieldsThatUsedToPrintBlank() throws Exception {
        byte[] pdf =
                new CertificateRenderer()
                        .render(certificate(new ReleasedRecordFixture().build()))
                        .pdf();

        assertThat(text(pdf))
                .contains(
                        "Nordlicht Medical Implants GmbH, Werkstraße 12",
                        "SP-LOT-77",
                        "2027-01-31",
                        "2026-03-10");
    }

    @Test
    void missingOptionalEvidencePrintsNothingRatherThanFailing() throws Exception {
        ReleasedRecord bare =
                new ReleasedRecordFixture()
                        .withoutPlateLot()
                        .withoutCleaning()
                        .withoutDesign()
                        .build();
        CertificateModel model = certificate(bare);

        assertThat(model.materials().separationPlate()).isNull();
        assertThat(model.process().cleaning()).isNull();
        assertThat(model.design()).isNull();
        assertThat(model.process().heatTreatment()).isNull();
        assertThat(model.materials().powderLots()).hasSize(1);
        assertThat(PdfAConformance.failuresOf(new CertificateRenderer().render(model).pdf()))
                .isEmpty();
    }

    @Test
    void aCleaningRunThatCannotBeFoundKeepsItsNumberWithoutADate() {
        CertificateModel model =
                certificate(new ReleasedRecordFixture().cleaningDateUnknown().build());

        assertThat(model.process().cleaning().runId()).isEqualTo("CL-2026-031");
        assertThat(model.process().cleaning().completed()).isNull();
    }

    @Test
    void anAcknowledgedWarningIsPrintedAsAConcessionAndAttachedToItsFindingOnly() throws Exception {
        CertificateModel model =
                certificate(new ReleasedRecordFixture().acknowledging("PWD-REUSE").build());

        assertThat(model.release().concessions())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.checkId()).isEqualTo("PWD-REUSE");
                            assertThat(c.text()).startsWith("Reuse 7 of 8 accepted");
                            assertThat(c.approvedBy()).isEqualTo("quinn.qa");
                            assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
                        });
        assertThat(model.release().checks())
                .extracting(CheckOutcome::checkId, CheckOutcome::result)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CMP-EXPIRY", CheckResult.PASS),
                        org.assertj.core.groups.Tuple.tuple("DES-HASH", CheckResult.PASS),
                        org.assertj.core.groups.Tuple.tuple(
                                "PWD-REUSE", CheckResult.PASS_UNDER_CONCESSION));

        JsonObject record =
                Json.createReader(
                                new StringReader(
                                        new String(model.record().json(), StandardCharsets.UTF_8)))
                        .readObject();
        var findings = record.getJsonArray("findings").getValuesAs(JsonObject.class);
        assertThat(findings)
                .filteredOn(f -> f.containsKey("acknowledgement"))
                .extracting(f -> f.getString("checkId"))
                .containsExactly("PWD-REUSE");
        assertThat(record.getString("factsSha256")).hasSize(64);
        assertThat(record.getString("serialNumber")).isEqualTo(ReleasedRecordFixture.SERIAL);

        assertThat(text(new CertificateRenderer().render(model).pdf()))
                .contains("PWD-REUSE", "Reuse 7 of 8 accepted");
    }

    @Test
    void withoutAcknowledgementsThereIsNoConcession() throws Exception {
        CertificateModel model = certificate(new ReleasedRecordFixture().build());

        assertThat(model.release().concessions()).isEmpty();
        assertThat(text(new CertificateRenderer().render(model).pdf()))
                .contains("None. Every check passed without concession.");
    }

    @Test
    void theImplantCardOfACustomMadeDeviceHasNoUdiAndIsDatedByTheReleaseSignature() {
        ImplantCardModel card =
                DocumentModelMapper.implantCard(
                        new ReleasedRecordFixture().build(),
                        MANUFACTURER,
                        "For life",
                        List.of("Show this card before any MRI scan."));

        assertThat(card.issuedAt())
                .isEqualTo(ReleasedRecordFixture.SIGNED_AT.atZone(ReleasedRecordFixture.ZONE));
        assertThat(card.device().category()).isEqualTo(DeviceCategory.CUSTOM_MADE);
        assertThat(card.device().udi()).isNull();
        assertThat(card.device().serialNumber()).isEqualTo(ReleasedRecordFixture.SERIAL);
        assertThat(card.patientPseudonym()).isEqualTo("PT-4242");
        assertThat(card.healthcareInstitution()).isEqualTo("Universitätsklinikum Heidelberg");
        // not recorded in the DHR: the hospital writes it on the card
        assertThat(card.implantationDate()).isNull();
        assertThat(card.manufacturer()).isEqualTo(MANUFACTURER);
        assertThat(card.expectedLifetime()).isEqualTo("For life");
        assertThat(card.warnings()).containsExactly("Show this card before any MRI scan.");
    }

    @Test
    void theImplantCardOfAPatientMatchedDeviceCarriesTheUdiWithTheSerial() throws Exception {
        ImplantCardModel card =
                DocumentModelMapper.implantCard(
                        new ReleasedRecordFixture().patientMatched().build(),
                        MANUFACTURER,
                        null,
                        List.of());

        assertThat(card.device().udi())
                .isEqualTo(ReleasedRecordFixture.UDI_DI + "(21)" + ReleasedRecordFixture.SERIAL);
        byte[] pdf = new ImplantCardRenderer().render(card).pdf();
        assertThat(text(pdf))
                .contains(ReleasedRecordFixture.UDI_DI + "(21)" + ReleasedRecordFixture.SERIAL)
                .doesNotContain("Expected lifetime");
    }

    @Test
    void theAnnexXiiiStatementNamesPrescriberCharacteristicsSitesAndSignature() {
        AnnexXiiiStatementModel statement =
                DocumentModelMapper.annexXiiiStatement(
                        new ReleasedRecordFixture().build(),
                        MANUFACTURER,
                        List.of("Nordlicht Medical Implants GmbH, Werkstraße 12, Kiel"));

        assertThat(statement.patientCode()).isEqualTo("PT-4242");
        assertThat(statement.prescriber().name()).isEqualTo("Dr. Sofia Marin");
        assertThat(statement.prescriber().institution())
                .isEqualTo("Universitätsklinikum Heidelberg");
        assertThat(statement.deviceCharacteristics())
                .anySatisfy(c -> assertThat(c).contains("RX-CASE-UNIT-01", "2026-03-27"))
                .anySatisfy(
                        c ->
                                assertThat(c)
                                        .contains(
                                                "CASE-UNIT-01/1", ReleasedRecordFixture.STL_SHA256))
                .anySatisfy(c -> assertThat(c).contains("182.5 mm", "2.8 mm", "41.7 cm³"))
                .anySatisfy(c -> assertThat(c).contains("PTFE-SEP-120", "SP-LOT-77", "2027-01-31"))
                .anySatisfy(c -> assertThat(c).contains("PL-24-0117"));
        assertThat(statement.manufacturingSites())
                .containsExactly("Nordlicht Medical Implants GmbH, Werkstraße 12, Kiel");
        assertThat(statement.allRequirementsMet()).isTrue();
        assertThat(statement.signature().printedName()).isEqualTo("Quinn Adeyemi");
        assertThat(statement.issuedAt())
                .isEqualTo(ReleasedRecordFixture.SIGNED_AT.atZone(ReleasedRecordFixture.ZONE));
    }

    @Test
    void aStatementWithoutDesignOrPlateStillNamesThePrescription() {
        AnnexXiiiStatementModel statement =
                DocumentModelMapper.annexXiiiStatement(
                        new ReleasedRecordFixture().withoutDesign().withoutPlateLot().build(),
                        MANUFACTURER,
                        List.of("Kiel"));

        assertThat(statement.deviceCharacteristics())
                .hasSize(2)
                .noneSatisfy(c -> assertThat(c).contains("Separation plate"));
    }

    @Test
    void aPatientMatchedDeviceHasNoAnnexXiiiStatement() {
        ReleasedRecord patientMatched = new ReleasedRecordFixture().patientMatched().build();

        assertThatThrownBy(
                        () ->
                                DocumentModelMapper.annexXiiiStatement(
                                        patientMatched, MANUFACTURER, List.of("Kiel")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("custom-made");
    }

    @Test
    void cardAndStatementArePdfA3bAndTheSameBytesEachTime() throws Exception {
        ReleasedRecord released = new ReleasedRecordFixture().build();
        var cards = new ImplantCardRenderer();
        var statements = new AnnexXiiiStatementRenderer();
        byte[] card =
                cards.render(
                                DocumentModelMapper.implantCard(
                                        released,
                                        MANUFACTURER,
                                        "For life",
                                        List.of("Show this card before any MRI scan.")))
                        .pdf();
        byte[] statement =
                statements
                        .render(
                                DocumentModelMapper.annexXiiiStatement(
                                        released, MANUFACTURER, List.of("Kiel")))
                        .pdf();

        assertThat(PdfAConformance.failuresOf(card)).isEmpty();
        assertThat(PdfAConformance.failuresOf(statement)).isEmpty();
        assertThat(text(statement))
                .contains("SRN", "DE-MF-000012345", "Dr. Sofia Marin", "PT-4242");
        ReleasedRecord again = new ReleasedRecordFixture().build();
        assertThat(
                        cards.render(
                                        DocumentModelMapper.implantCard(
                                                again,
                                                MANUFACTURER,
                                                "For life",
                                                List.of("Show this card before any MRI scan.")))
                                .pdf())
                .isEqualTo(card);
        assertThat(
                        statements
                                .render(
                                        DocumentModelMapper.annexXiiiStatement(
                                                again, MANUFACTURER, List.of("Kiel")))
                                .pdf())
                .isEqualTo(statement);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
