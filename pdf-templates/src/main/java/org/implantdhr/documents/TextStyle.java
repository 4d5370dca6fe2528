package org.implantdhr.documents;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size in a colour, with the metrics the layout needs. */
record TextStyle(PDFont font, FontProgram program, float size, Color color) {

    float leading() {
        return size * 1.3f;
    }

    float width(String text) {
        return program.width(text) / 1000f * size;
    }

    /** Distance from the top of a line box to the baseline. */
    float ascent() {
        return size * 0.95f;
    }

    String printable(String text) {
        return program.printable(text);
    }

    TextStyle withSize(float newSize) {
        return new TextStyle(font, program, newSize, color);
    }

    TextStyle withColor(Color newColor) {
        return new TextStyle(font, program, size, newColor);
    }
}
