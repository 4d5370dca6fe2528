package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.implantdhr.documents.IncidentReportModel.Code;
import org.junit.jupiter.api.Test;

class IncidentReportRendererTest {

    private static final IncidentReportRenderer RENDERER = new IncidentReportRenderer();

    static IncidentReportModel report(boolean draft, List<Code> deviceProblems) {
        ZonedDateTime at =
                ZonedDateTime.of(2026, 12, 6, 10, 15, 0, 0, CertificateModelBuilder.ZONE);
        return new IncidentReportModel(
                at,
                "Quality manager Q. Manager",
                draft,
                draft
                        ? "No reportability decision is signed for this case (status TRIAGED)."
                        : "Reportable: decision signed by Q. Manager.",
                CertificateModelBuilder.manufacturer(),
                "VIG-2026-0007",
                "Explant after a fracture of the implant",
                LocalDate.of(2026, 11, 30),
                "EU MDR Art. 87(3): other serious incident, 15 days",
                LocalDate.of(2026, 12, 15),
                "Chest-wall implant",
                "CW-PLATE-TI64",
                "Custom-made device (MDR Art. 2(3))",
                "None: a custom-made device carries no UDI (MDR Art. 27(1))",
                "Custom-made device for patient P-0042, case C-2026-0042, prescription RX-17",
                "SN-2026-0042",
                List.of("PL-2026-07", "PL-2026-08"),
                "PTFE-LOT-0099",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 20),
                "University Hospital",
                "2026-11-30",
                deviceProblems,
                List.of(new Code("E1603", "Bone Fracture(s)")),
                List.of(new Code("F1905", "Device Revision or Replacement")),
                List.of(),
                "IMDRF AET, release of March 2023");
    }

    @Test
    void theReportIsPdfA3b() throws Exception {
        byte[] pdf = RENDERER.render(report(true, List.of(new Code("A040101", "Fracture")))).pdf();
        RenderedPdf.keep("incident-report.pdf", pdf);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void aDraftSaysSoAndPrintsTheDeviceSectionAndTheCodes() throws Exception {
        RenderedDocument rendered =
                RENDERER.render(report(true, List.of(new Code("A040101", "Fracture"))));
        String text = RenderedPdf.text(rendered.pdf()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "DRAFT",
                        "Manufacturer Incident Report",
                        "VIG-2026-0007",
                        "None: a custom-made device carries no UDI",
                        "Custom-made device for patient P-0042",
                        "SN-2026-0042",
                        "PL-2026-07, PL-2026-08",
                        "PTFE-LOT-0099",
                        "2026-03-02",
                        "2026-03-20",
                        "2026-11-30",
                        "2026-12-15",
                        "A040101",
                        "Fracture",
                        "E1603",
                        "F1905");
        assertThat(rendered.templateVersion()).isEqualTo("incident-report-v1");
    }

    @Test
    void aFinalReportIsNoDraftAndSaysWhenNoCodeWasChosen() throws Exception {
        String text =
                RenderedPdf.text(RENDERER.render(report(false, List.of())).pdf())
                        .replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("DRAFT").contains("Final", "None chosen.");
    }
}
