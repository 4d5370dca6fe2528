package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexXiiiStatementRendererTest {

    private static final AnnexXiiiStatementRenderer RENDERER = new AnnexXiiiStatementRenderer();
    static final String DEVIATION_REASON =
            "The porous lattice thickness at the posterior wall is 0.8 mm instead "
                    + "of the 1.2 mm qualified for the standard range, because the defect geometry leaves no more bone "
                    + "stock; the prescriber accepted the reduced fixation area in the design approval.";

    static AnnexXiiiStatementModel statement(List<GsprDeviation> deviations) {
        ZonedDateTime signedAt =
                ZonedDateTime.of(2025, 3, 14, 16, 4, 51, 0, CertificateModelBuilder.ZONE);
        return new AnnexXiiiStatementModel(
                signedAt.plusSeconds(21),
                CertificateModelBuilder.manufacturer(),
                new DeviceIdentity(
                        "Custom-made acetabular cup",
                        "ACT-CM",
                        CertificateModelBuilder.SERIAL,
                        DeviceCategory.CUSTOM_MADE,
                        null),
                CertificateModelBuilder.PSEUDONYM,
                new Prescriber(
                        "Prof. Dr. M. Jansen", "Universitätsklinikum Schleswig-Holstein, Kiel"),
                List.of(
                        "Outer diameter 58 mm, flange to the iliac defect as planned on CT of 2025-02-11",
                        "Three screw holes at the positions of the approved plan D-0193 rev C"),
                deviations,
                List.of("Nordlicht Medical Implants GmbH, Werkstraße 12, 24103 Kiel, Germany"),
                new SignatureManifestation(
                        "Dr. Anna Weber, Person responsible for regulatory compliance",
                        signedAt,
                        "RELEASE"));
    }

    @Test
    void statementIsPdfA3b() throws Exception {
        byte[] pdf =
                RENDERER.render(
                                statement(
                                        List.of(
                                                new GsprDeviation(
                                                        "GSPR 10.4.1", DEVIATION_REASON))))
                        .pdf();
        RenderedPdf.keep("annex-xiii-statement.pdf", pdf);

        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void namesPatientCodePrescriberCharacteristicsSitesAndDeviationReasons() throws Exception {
        RenderedDocument rendered =
                RENDERER.render(
                        statement(List.of(new GsprDeviation("GSPR 10.4.1", DEVIATION_REASON))));
        String text = RenderedPdf.text(rendered.pdf()).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        CertificateModelBuilder.PSEUDONYM,
                        "Prof. Dr. M. Jansen",
                        "Universitätsklinikum Schleswig-Holstein, Kiel",
                        "Outer diameter 58 mm",
                        "Werkstraße 12",
                        "conforms to the general safety and performance requirements",
                        "GSPR 10.4.1",
                        DEVIATION_REASON,
                        "intended for the sole use of the patient");
        assertThat(rendered.templateVersion()).isEqualTo("annex-xiii-statement-v1");
        try (var document = org.apache.pdfbox.Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getNumberOfPages()).as("no empty trailing page").isEqualTo(1);
        }
    }

    @Test
    void saysAllRequirementsAreMetWhenNoneDeviate() throws Exception {
        String text =
                RenderedPdf.text(RENDERER.render(statement(List.of())).pdf())
                        .replaceAll("\\s+", " ");

        assertThat(text).contains("are fully met").doesNotContain("have not been fully met");
    }

    @Test
    void refusesPatientMatchedDevices() {
        assertThatThrownBy(
                        () ->
                                new AnnexXiiiStatementModel(
                                        ZonedDateTime.now(),
                                        CertificateModelBuilder.manufacturer(),
                                        new DeviceIdentity(
                                                "Cup",
                                                "ACT-PM-3",
                                                "S1",
                                                DeviceCategory.PATIENT_MATCHED,
                                                CertificateModelBuilder.UDI),
                                        "P",
                                        new Prescriber("a", "b"),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
