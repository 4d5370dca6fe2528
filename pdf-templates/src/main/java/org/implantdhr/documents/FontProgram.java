package org.implantdhr.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType program shipped in this jar and its advance widths per BMP character, read once.
 * Layout measures text with these tables because PDFBox's per-document font answers width questions
 * through a CMap lookup per glyph, which dominated rendering time.
 */
final class FontProgram {

    private static final float MISSING = -1;

    private final byte[] bytes;
    private final float[] widths;

    private FontProgram(byte[] bytes, float[] widths) {
        this.bytes = bytes;
        this.widths = widths;
    }

    static FontProgram fromResource(String file) {
        try (InputStream in =
                FontProgram.class.getResourceAsStream("/org/implantdhr/documents/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            return new FontProgram(bytes, widths(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] widths(byte[] bytes) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float scale = 1000f / font.getUnitsPerEm();
            float[] widths = new float[Character.MAX_VALUE + 1];
            for (int c = 0; c < widths.length; c++) {
                int glyph = cmap.getGlyphId(c);
                widths[c] = glyph == 0 ? MISSING : font.getAdvanceWidth(glyph) * scale;
            }
            return widths;
        }
    }

    InputStream open() {
        return new java.io.ByteArrayInputStream(bytes);
    }

    /** Width in thousandths of the font size. */
    float width(CharSequence text) {
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            float width = widths[text.charAt(i)];
            total += width == MISSING ? widths['?'] : width;
        }
        return total;
    }

    /** Replaces characters the font has no glyph for, which PDFBox would refuse to show. */
    String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (widths[c] == MISSING && c != '\n') {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
