package org.implantdhr.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size in a colour, with the metrics the layout needs. */
record TextStyle(PDFont font, float size, Color color) {

    float leading() {
        return size * 1.3f;
    }

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distance from the top of a line box to the baseline. */
    float ascent() {
        return size * 0.95f;
    }

    TextStyle withSize(float newSize) {
        return new TextStyle(font, newSize, color);
    }

    TextStyle withColor(Color newColor) {
        return new TextStyle(font, size, newColor);
    }
}
