package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.implantdhr.documents.OutcomeReportModel.AdverseEventRow;
import org.implantdhr.documents.OutcomeReportModel.ScoreRow;
import org.implantdhr.documents.OutcomeReportModel.StayRow;
import org.implantdhr.documents.OutcomeReportModel.SurvivalRow;
import org.junit.jupiter.api.Test;

class OutcomeReportRendererTest {

    private static final OutcomeReportRenderer RENDERER = new OutcomeReportRenderer();

    static OutcomeReportModel report() {
        ZonedDateTime at =
                ZonedDateTime.of(2026, 12, 6, 10, 15, 0, 0, CertificateModelBuilder.ZONE);
        var curve =
                new SurvivalPlot(
                        List.of(
                                new SurvivalPlot.Step(0, 1, null, null),
                                new SurvivalPlot.Step(3, 0.875, 0.387, 0.9814),
                                new SurvivalPlot.Step(7, 0.5833, 0.1801, 0.8441),
                                new SurvivalPlot.Step(12, 0.3888, 0.063, 0.7243),
                                new SurvivalPlot.Step(20, 0, null, null)),
                        List.of(new SurvivalPlot.Mark(5, 0.875), new SurvivalPlot.Mark(10, 0.5833)),
                        List.of(
                                new SurvivalPlot.AtRisk(0, 8),
                                new SurvivalPlot.AtRisk(6, 6),
                                new SurvivalPlot.AtRisk(12, 3),
                                new SurvivalPlot.AtRisk(18, 1),
                                new SurvivalPlot.AtRisk(24, 0)),
                        24,
                        20);
        return new OutcomeReportModel(
                at,
                CertificateModelBuilder.manufacturer(),
                "3D printed implants for chest-wall defect reconstruction",
                "All patients",
                at.minusMinutes(1),
                "Quality manager Q. Manager",
                curve,
                List.of(
                        new SurvivalRow("All patients", "8", "5", "3", "0.0 %", "—", "0"),
                        new SurvivalRow(
                                "Powder lot PL-2026-07",
                                "3",
                                "1",
                                "2",
                                "66.6 %",
                                "5.4–94.5 %",
                                "2")),
                List.of(
                        new StayRow(
                                "All patients", "8", "8", "19.5", "20.2", "15–31", "7 (87.5 %)")),
                List.of(
                        new AdverseEventRow(
                                "Build B-0042",
                                "4",
                                "1 (25.0 %)",
                                "0 (0.0 %)",
                                "1 (25.0 %)",
                                "0 (0.0 %)",
                                "0 (0.0 %)",
                                "1 (25.0 %)",
                                "1 (25.0 %)",
                                "0 (0.0 %)")),
                List.of(
                        new ScoreRow(
                                "Design family CW-PLATE-TI64",
                                "Karnofsky (points)",
                                "8",
                                "6",
                                "+13.3",
                                "5 (62.5 %)",
                                "4",
                                "1")),
                List.of("Kaplan–Meier with Greenwood variance and a log-log 95 % interval."));
    }

    @Test
    void theReportIsPdfA3b() throws Exception {
        byte[] pdf = RENDERER.render(report()).pdf();
        RenderedPdf.keep("outcome-report.pdf", pdf);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void theReportPrintsEveryTableAndTheMethods() throws Exception {
        RenderedDocument rendered = RENDERER.render(report());
        String text = RenderedPdf.text(rendered.pdf()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Outcome Report",
                        "Powder lot PL-2026-07",
                        "66.6 %",
                        "5.4–94.5 %",
                        "Build B-0042",
                        "Design family CW-PLATE-TI64",
                        "Within 30 days",
                        "at risk",
                        "log-log 95 % interval");
        assertThat(rendered.templateVersion()).isEqualTo("outcome-report-v1");
    }
}
