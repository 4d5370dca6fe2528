package org.implantdhr.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedDeque;
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

    /** Parsed programs kept beyond this many would only be garbage after a burst of renders. */
    private static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final byte[] bytes;
    private final float[] widths;

    /**
     * Parsed programs not in use. Parsing a TrueType file (its tables, its character map) for every
     * document was a large part of rendering; a parsed program is not safe for concurrent use, so
     * each document borrows one for its lifetime and gives it back after saving (the subset is
     * built when the document is saved).
     */
    private final ConcurrentLinkedDeque<TrueTypeFont> idle = new ConcurrentLinkedDeque<>();

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

    /** A parsed program for one document's use; give it back when the document is saved. */
    TrueTypeFont borrow() throws IOException {
        TrueTypeFont parsed = idle.pollFirst();
        return parsed != null ? parsed : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    void giveBack(TrueTypeFont parsed) {
        if (idle.size() < KEPT) {
            idle.offerFirst(parsed);
        } else {
            try {
                parsed.close();
            } catch (IOException e) {
                // an in-memory program has nothing to release that could fail
            }
        }
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
