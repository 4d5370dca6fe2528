package org.implantdhr.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Drawing on one page in a top-down coordinate habit: callers pass the top edge of what they draw,
 * the canvas converts nothing (PDF y grows upwards) but keeps the colour and text operators in one
 * place.
 */
final class Canvas {

    private final PDPageContentStream stream;

    Canvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    PDPageContentStream stream() {
        return stream;
    }

    void fill(float x, float bottom, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, bottom, width, height);
        stream.fill();
    }

    void frame(float x, float bottom, float width, float height, Color color, float lineWidth)
            throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, bottom, width, height);
        stream.stroke();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth)
            throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void text(String text, TextStyle style, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(style.font(), style.size());
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, baseline);
        stream.showText(style.printable(text));
        stream.endText();
    }

    void textRight(String text, TextStyle style, float right, float baseline) throws IOException {
        text(text, style, right - style.width(text), baseline);
    }

    /** Draws lines from {@code top} downwards and returns the height used. */
    float lines(List<String> lines, TextStyle style, float x, float top) throws IOException {
        float baseline = top - style.ascent();
        for (String line : lines) {
            text(line, style, x, baseline);
            baseline -= style.leading();
        }
        return lines.size() * style.leading();
    }
}
