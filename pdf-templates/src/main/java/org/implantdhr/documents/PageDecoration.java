package org.implantdhr.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The running header and footer, drawn after the flow because the footer says "page n of m" and
 * every page shows the template version it was rendered from.
 */
record PageDecoration(String headerLeft, String headerRight, String footerLeft) {

    static PageDecoration from(TemplateElement root, TemplateScope scope) {
        TemplateElement header = root.child("page-header").orElse(emptyElement());
        TemplateElement footer = root.child("page-footer").orElse(emptyElement());
        return new PageDecoration(
                scope.interpolate(header.attribute("left").orElse("")),
                scope.interpolate(header.attribute("right").orElse("")),
                scope.interpolate(footer.attribute("left").orElse("")));
    }

    void decorate(PDDocument document, PageGeometry geometry, Typography typography)
            throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream =
                    new PDPageContentStream(
                            document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                Canvas canvas = new Canvas(stream);
                drawHeader(canvas, geometry, typography);
                drawFooter(canvas, geometry, typography, "Page " + (i + 1) + " of " + pages);
            }
        }
    }

    private void drawHeader(Canvas canvas, PageGeometry geometry, Typography typography)
            throws IOException {
        float top = geometry.size().getHeight() - geometry.margin();
        TextStyle left = typography.strong().withColor(Typography.ACCENT);
        TextStyle right = typography.label();
        float baseline = top - left.ascent();
        canvas.text(headerLeft, left, geometry.margin(), baseline);
        canvas.textRight(headerRight, right, geometry.margin() + geometry.contentWidth(), baseline);
        float rule = top - geometry.headerHeight() * 0.6f;
        canvas.line(
                geometry.margin(),
                rule,
                geometry.margin() + geometry.contentWidth(),
                rule,
                Typography.ACCENT,
                0.8f);
    }

    private void drawFooter(
            Canvas canvas, PageGeometry geometry, Typography typography, String pageNumber)
            throws IOException {
        TextStyle style = typography.small();
        float rule = geometry.margin() + geometry.footerHeight() * 0.6f;
        canvas.line(
                geometry.margin(),
                rule,
                geometry.margin() + geometry.contentWidth(),
                rule,
                Typography.RULE,
                0.5f);
        float baseline = rule - style.leading();
        float right = geometry.margin() + geometry.contentWidth();
        canvas.textRight(pageNumber, style, right, baseline);
        float available = geometry.contentWidth() - style.width(pageNumber) - 12;
        canvas.lines(
                LineBreaker.lines(footerLeft, style, available),
                style,
                geometry.margin(),
                baseline + style.ascent());
    }

    private static TemplateElement emptyElement() {
        return new TemplateElement("empty", java.util.Map.of(), java.util.List.of(), "");
    }
}
