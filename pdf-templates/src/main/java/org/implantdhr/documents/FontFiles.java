package org.implantdhr.documents;

/**
 * The DejaVu TrueType programs shipped in this jar (Bitstream Vera licence, see
 * fonts/LICENSE-DejaVu.txt), read once. PDF/A forbids relying on fonts of the viewer's system, so
 * every document embeds a subset.
 */
final class FontFiles {

    static final FontProgram REGULAR = FontProgram.fromResource("DejaVuSans.ttf");
    static final FontProgram BOLD = FontProgram.fromResource("DejaVuSans-Bold.ttf");
    static final FontProgram MONO = FontProgram.fromResource("DejaVuSansMono.ttf");

    private FontFiles() {}
}
