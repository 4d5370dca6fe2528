package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

    private static final CertificateRenderer RENDERER = new CertificateRenderer();

    @Test
    void patientMatchedCertificateIsPdfA3b() throws Exception {
        byte[] pdf = RENDERER.render(CertificateModelBuilder.certificate().build()).pdf();
        RenderedPdf.keep("certificate-patient-matched.pdf", pdf);

        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void customMadeCertificateIsPdfA3b() throws Exception {
        byte[] pdf =
                RENDERER.render(
                                CertificateModelBuilder.certificate()
                                        .customMade()
                                        .sterile()
                                        .withoutConcessions()
                                        .build())
                        .pdf();
        RenderedPdf.keep("certificate-custom-made.pdf", pdf);

        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    @Tag("CFR-11.50")
    @Tag("ISO13485-7.5.8")
    @Tag("ISO13485-8.2.6")
    void printsIdentificationEveryCheckAndTheConcessionInFull() throws Exception {
        String text = flat(RENDERER.render(CertificateModelBuilder.certificate().build()).pdf());

        assertThat(text)
                .contains(
                        CertificateModelBuilder.SERIAL,
                        CertificateModelBuilder.PSEUDONYM,
                        CertificateModelBuilder.UDI,
                        "RELEASE",
                        "Dr. Anna Weber, Head of Quality",
                        "2025-03-14 16:04:51 CET (UTC+01:00)",
                        CertificateModelBuilder.CONCESSION_TEXT);
        CertificateModelBuilder.checks()
                .forEach(check -> assertThat(text).contains(check.checkId()));
        assertThat(text).doesNotContain("custom-made device intended");
    }

    @Test
    void customMadeCertificateCarriesTheStatementInsteadOfAUdi() throws Exception {
        String text =
                flat(
                        RENDERER.render(CertificateModelBuilder.certificate().customMade().build())
                                .pdf());

        assertThat(text)
                .contains(
                        "This device is a custom-made device intended for the sole use of the patient "
                                + "identified by the code below")
                .doesNotContain("(01)")
                .doesNotContain("UDI");
    }

    @Test
    void nonSterileSentenceOnlyWhenSuppliedNonSterile() throws Exception {
        String nonSterile =
                flat(RENDERER.render(CertificateModelBuilder.certificate().build()).pdf());
        String sterile =
                flat(
                        RENDERER.render(CertificateModelBuilder.certificate().sterile().build())
                                .pdf());

        assertThat(nonSterile).contains("Supplied non-sterile — sterilise before use");
        assertThat(sterile).doesNotContain("non-sterile");
    }

    @Test
    @Tag("CFR-11.10b")
    void embedsTheRecordByteForByteAsAnAssociatedFileAndPrintsItsHash() throws Exception {
        byte[] pdf = RENDERER.render(CertificateModelBuilder.certificate().build()).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec =
                    document.getDocumentCatalog()
                            .getNames()
                            .getEmbeddedFiles()
                            .getNames()
                            .get("release-record-IMP-2025-000417.json");
            PDEmbeddedFile file = spec.getEmbeddedFile();
            assertThat(file.toByteArray()).isEqualTo(CertificateModelBuilder.RECORD_JSON);
            assertThat(file.getSubtype()).isEqualTo("application/json");
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            COSArray associated =
                    document.getDocumentCatalog()
                            .getCOSObject()
                            .getCOSArray(COSName.getPDFName("AF"));
            assertThat(associated.toList()).hasSize(1);
            assertThat(((COSDictionary) associated.getObject(0)).getString(COSName.UF))
                    .isEqualTo("release-record-IMP-2025-000417.json");
        }
        String sha256 =
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(CertificateModelBuilder.RECORD_JSON));
        assertThat(flat(pdf)).contains(sha256);
    }

    @Test
    void qrCodeDecodesToTheVerificationUrl() throws Exception {
        byte[] pdf = RENDERER.render(CertificateModelBuilder.certificate().build()).pdf();

        assertThat(RenderedPdf.firstPageQrCode(pdf)).isEqualTo(CertificateModelBuilder.VERIFY_URL);
    }

    @Test
    void recordsAndReturnsTheTemplateVersion() throws Exception {
        RenderedDocument rendered = RENDERER.render(CertificateModelBuilder.certificate().build());

        assertThat(rendered.templateVersion())
                .isEqualTo("certificate-v1")
                .isEqualTo(RENDERER.templateVersion());
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getDocumentInformation().getCustomMetadataValue("TemplateVersion"))
                    .isEqualTo("certificate-v1");
            var xmp =
                    new DomXmpParser()
                            .parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getXMPBasicSchema().getCreatorTool()).endsWith("certificate-v1");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        }
        assertThat(flat(rendered.pdf())).contains("template certificate-v1");
    }

    @Test
    void samePatientModelNeverPrintsMoreThanThePseudonym() throws Exception {
        String text = flat(RENDERER.render(CertificateModelBuilder.certificate().build()).pdf());

        assertThat(text)
                .contains("Patient code (pseudonym)")
                .doesNotContainIgnoringCase("patient name");
        assertThat(CaseReference.class.getRecordComponents())
                .extracting(c -> c.getName())
                .containsExactly(
                        "caseId", "patientPseudonym", "hospital", "surgeon", "plannedSurgeryDate");
    }

    /** Text with line breaks turned into spaces, so wrapped sentences still match. */
    private static String flat(byte[] pdf) throws Exception {
        return RenderedPdf.text(pdf).replaceAll("\\s+", " ");
    }
}
