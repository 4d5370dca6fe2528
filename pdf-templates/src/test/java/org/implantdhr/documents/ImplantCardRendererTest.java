package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImplantCardRendererTest {

    private static final ImplantCardRenderer RENDERER = new ImplantCardRenderer();
    static final String WARNING =
            "MR Conditional: scanning is safe under the conditions given in the "
                    + "instructions for use (1.5 T and 3 T, whole-body SAR ≤ 2 W/kg).";

    static ImplantCardModel card(DeviceCategory category, LocalDate implanted) {
        return new ImplantCardModel(
                ZonedDateTime.of(2025, 3, 14, 16, 5, 12, 0, CertificateModelBuilder.ZONE),
                CertificateModelBuilder.manufacturer(),
                new DeviceIdentity(
                        "Patient-matched acetabular cup",
                        "ACT-PM-3",
                        CertificateModelBuilder.SERIAL,
                        category,
                        category == DeviceCategory.PATIENT_MATCHED
                                ? CertificateModelBuilder.UDI
                                : null),
                CertificateModelBuilder.PSEUDONYM,
                implanted,
                null,
                "at least 15 years",
                List.of(
                        WARNING,
                        "Titanium alloy Ti-6Al-4V ELI: tell your doctor about any known metal allergy.",
                        "Report any pain, swelling or unusual noise from the joint to your surgeon."));
    }

    @Test
    void implantCardIsPdfA3b() throws Exception {
        byte[] pdf = RENDERER.render(card(DeviceCategory.PATIENT_MATCHED, null)).pdf();
        RenderedPdf.keep("implant-card.pdf", pdf);

        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void carriesTheArticle18Content() throws Exception {
        RenderedDocument rendered =
                RENDERER.render(card(DeviceCategory.PATIENT_MATCHED, LocalDate.of(2025, 3, 27)));
        String text = RenderedPdf.text(rendered.pdf()).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "Patient-matched acetabular cup",
                        "ACT-PM-3",
                        CertificateModelBuilder.SERIAL,
                        CertificateModelBuilder.UDI,
                        "Nordlicht Medical Implants GmbH",
                        "Werkstraße 12, 24103 Kiel",
                        "https://www.nordlicht-implants.example",
                        CertificateModelBuilder.PSEUDONYM,
                        "2025-03-27",
                        WARNING,
                        "Date of implantation");
        assertThat(rendered.templateVersion()).isEqualTo("implant-card-v1");
        assertThat(text).contains("Template implant-card-v1");
    }

    @Test
    void customMadeCardHasNoUdi() throws Exception {
        String text =
                RenderedPdf.text(RENDERER.render(card(DeviceCategory.CUSTOM_MADE, null)).pdf());

        assertThat(text).contains("Custom-made device").doesNotContain("UDI");
    }
}
