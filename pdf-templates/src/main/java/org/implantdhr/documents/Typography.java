package org.implantdhr.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The text styles of one document, scaled from the template's base font size. */
final class Typography {

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    static final Color ACCENT = new Color(0x12, 0x3A, 0x63);
    static final Color RULE = new Color(0xB8, 0xBE, 0xC8);
    static final Color TINT = new Color(0xEE, 0xF2, 0xF7);
    static final Color WARNING = new Color(0x8A, 0x1C, 0x1C);
    static final Color WARNING_TINT = new Color(0xFB, 0xEF, 0xEF);

    private final PDFont regular;
    private final PDFont bold;
    private final PDFont mono;
    private final FontProgram regularProgram = FontFiles.REGULAR;
    private final FontProgram boldProgram = FontFiles.BOLD;
    private final FontProgram monoProgram = FontFiles.MONO;
    private final float base;
    private final Map<FontProgram, TrueTypeFont> borrowed;

    private Typography(
            PDFont regular,
            PDFont bold,
            PDFont mono,
            float base,
            Map<FontProgram, TrueTypeFont> borrowed) {
        this.regular = regular;
        this.bold = bold;
        this.mono = mono;
        this.base = base;
        this.borrowed = borrowed;
    }

    /**
     * The fonts embedded (as subsets) in {@code document}, from parsed programs borrowed for it:
     * {@link #release} them once the document is saved.
     */
    static Typography embedIn(PDDocument document, float baseSize) throws IOException {
        Map<FontProgram, TrueTypeFont> borrowed = new LinkedHashMap<>();
        try {
            return new Typography(
                    load(document, FontFiles.REGULAR, borrowed),
                    load(document, FontFiles.BOLD, borrowed),
                    load(document, FontFiles.MONO, borrowed),
                    baseSize,
                    borrowed);
        } catch (IOException | RuntimeException e) {
            borrowed.forEach(FontProgram::giveBack);
            throw e;
        }
    }

    private static PDFont load(
            PDDocument document, FontProgram program, Map<FontProgram, TrueTypeFont> borrowed)
            throws IOException {
        TrueTypeFont parsed = program.borrow();
        borrowed.put(program, parsed);
        // this overload leaves the parsed program open when the document closes
        return PDType0Font.load(document, parsed, true);
    }

    /** Gives the parsed font programs back, after the document was saved (or abandoned). */
    void release() {
        borrowed.forEach(FontProgram::giveBack);
        borrowed.clear();
    }

    TextStyle body() {
        return new TextStyle(regular, regularProgram, base, INK);
    }

    TextStyle strong() {
        return new TextStyle(bold, boldProgram, base, INK);
    }

    TextStyle small() {
        return new TextStyle(regular, regularProgram, base - 1.5f, MUTED);
    }

    TextStyle label() {
        return new TextStyle(regular, regularProgram, base - 1f, MUTED);
    }

    TextStyle mono() {
        return new TextStyle(mono, monoProgram, base - 1f, INK);
    }

    TextStyle tableHeader() {
        return new TextStyle(bold, boldProgram, base - 1f, Color.WHITE);
    }

    TextStyle heading() {
        return new TextStyle(bold, boldProgram, base + 2f, ACCENT);
    }

    TextStyle title() {
        return new TextStyle(bold, boldProgram, base * 2f, ACCENT);
    }

    TextStyle subtitle() {
        return new TextStyle(regular, regularProgram, base + 1f, MUTED);
    }

    TextStyle named(String style) {
        return switch (style) {
            case "body" -> body();
            case "strong" -> strong();
            case "small" -> small();
            case "mono" -> mono();
            case "notice", "warning" -> strong();
            default -> throw new TemplateException("unknown text style '" + style + "'");
        };
    }
}
