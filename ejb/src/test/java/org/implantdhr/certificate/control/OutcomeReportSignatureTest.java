package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.documents.OutcomeReportRenderer;
import org.implantdhr.outcome.boundary.GroupOutcome;
import org.implantdhr.outcome.boundary.OutcomeReportModels;
import org.implantdhr.outcome.boundary.OutcomeSummary;
import org.implantdhr.outcome.control.AdverseEventCounts;
import org.implantdhr.outcome.control.Grouping;
import org.implantdhr.outcome.control.HospitalStay;
import org.implantdhr.outcome.control.ImprovementRange;
import org.implantdhr.outcome.control.KaplanMeier;
import org.implantdhr.outcome.control.Rational;
import org.implantdhr.outcome.control.ScoreChange;
import org.implantdhr.outcome.control.SurvivalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outcome report as the outcome component makes it, signed as the certificate is (PAdES): still
 * PDF/A-3b for veraPDF, and one valid signature over the whole file for poppler's pdfsig. Here,
 * beside the certificate's signing tests, because their key and checker fixtures live in this
 * package.
 */
class OutcomeReportSignatureTest {

    @TempDir Path work;

    static OutcomeSummary summary(Grouping grouping, String key) {
        var curve =
                KaplanMeier.estimate(
                        List.of(
                                SurvivalTime.event(91),
                                SurvivalTime.censored(152),
                                SurvivalTime.event(213),
                                SurvivalTime.censored(731),
                                SurvivalTime.censored(735)));
        var stay =
                new HospitalStay(
                        grouping.groupName(key),
                        5,
                        List.of(16L, 21L, 30L, 34L),
                        List.of(18L, 23L, 32L, 36L));
        var events =
                new AdverseEventCounts(
                        grouping.groupName(key),
                        5,
                        3,
                        2,
                        java.util.Map.of(3, new long[] {1, 1}, 2, new long[] {2, 2}),
                        java.util.Map.of("DEFINITE", new long[] {1, 1}),
                        java.util.Map.of("POSSIBLE", new long[] {1, 1}),
                        1,
                        1,
                        1);
        var scores =
                List.of(
                        new ScoreChange(
                                grouping.groupName(key),
                                ImprovementRange.KARNOFSKY,
                                5,
                                3,
                                Rational.of(50, 1),
                                2,
                                1,
                                1),
                        new ScoreChange(
                                grouping.groupName(key),
                                ImprovementRange.VAS,
                                5,
                                3,
                                Rational.of(107, 10),
                                2,
                                2,
                                0),
                        new ScoreChange(
                                grouping.groupName(key),
                                ImprovementRange.WATKINS,
                                5,
                                3,
                                Rational.of(4, 1),
                                2,
                                2,
                                0));
        return new OutcomeSummary(
                grouping,
                "All patients",
                Instant.parse("2026-12-06T09:00:00Z"),
                List.of(
                        new GroupOutcome(
                                key, grouping.groupName(key), curve, stay, events, scores)));
    }

    @Test
    void theSignedReportIsPdfA3bAndPdfsigFindsOneValidSignature() throws Exception {
        var model =
                OutcomeReportModels.of(
                        List.of(
                                summary(Grouping.ALL, "all"),
                                summary(Grouping.POWDER_LOT, "PL-2026-0007"),
                                summary(Grouping.BUILD, "B-0042")),
                        new Manufacturer(
                                "Nordlicht Medical Implants GmbH",
                                "Werkstraße 12, 24103 Kiel",
                                null),
                        Instant.parse("2026-12-06T09:00:05Z"),
                        "Quinn QA",
                        ZoneId.of("Europe/Berlin"));
        byte[] pdf = new OutcomeReportRenderer().render(model).pdf();
        byte[] signed =
                new PadesSigner(TestPki.rsa("Outcome report tests").signer, Clock.systemUTC())
                        .sign(
                                pdf,
                                new SignatureDetails("Nordlicht", "Outcome report", "Implant DHR"));

        assertThat(PdfAConformance.failuresOf(signed)).as("veraPDF on the signed report").isEmpty();
        String pdfsig = Pdfsig.verify(signed, work);
        assertThat(pdfsig)
                .as(pdfsig)
                .contains("Signature is Valid.")
                .contains("Total document signed");
        try (var document = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // S(24 mo) = (4/5)(2/3) = 8/15 = 53.33… % → 53.3 %; mean stay 101/4 = 25.25 → 25.3 up
            assertThat(text)
                    .contains("Powder lot PL-2026-0007", "Build B-0042", "53.3 %", "25.3", "+16.6")
                    .contains("3 (60.0 %)", "1 (20.0 %)", "2 (40.0 %)");
        }
    }
}
