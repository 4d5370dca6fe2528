package org.implantdhr.demo.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Supplier documents as the demo plant received them: one-page PDFs. */
final class DemoDocuments {

    private DemoDocuments() {}

    static byte[] certificateOfAnalysis(String lotNumber, String oxygenWtPct) {
        return onePage(
                "AP&C Advanced Powders - Certificate of Analysis (EN 10204 3.1)",
                "Material: Ti-6Al-4V ELI powder, ASTM F3001 Grade 23, plasma atomised, 15-53 um",
                "Lot: " + lotNumber,
                "Chemistry (wt %): Al 6.12  V 4.01  Fe 0.19  O "
                        + oxygenWtPct
                        + "  C 0.02  Y 0.001",
                "Particle size (ASTM B822): D10 21.5 um  D50 34.8 um  D90 49.6 um  > 63 um 0.08 wt %",
                "Hall flow (ASTM B213): 28.4 s/50 g   Apparent density (ASTM B212): 2.46 g/cm3",
                "Issued by the supplier's quality department. Demo document.");
    }

    static byte[] certificateOfConformance(String lotNumber, java.time.LocalDate expiry) {
        return onePage(
                "Zeus Industrial Products - Certificate of Conformance",
                "Product: PTFE separation plate, catalogue PTFE-SP-120, implant grade, USP Class VI",
                "Lot: " + lotNumber + "   Expiry: " + expiry,
                "Sterile: yes, ethylene oxide (ISO 11135), SAL 10^-6",
                "The lot conforms to the purchase specification. Demo document.");
    }

    private static byte[] onePage(String title, String... lines) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(bold, 14);
                text.newLineAtOffset(60, 780);
                text.showText(title);
                text.setFont(regular, 10);
                for (String line : lines) {
                    text.newLineAtOffset(0, -22);
                    text.showText(line);
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
