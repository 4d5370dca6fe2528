package org.implantdhr.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu TrueType programs shipped in this jar (Bitstream Vera licence, see fonts/LICENSE-DejaVu.txt),
 * read once. PDF/A forbids relying on fonts of the viewer's system, so every document embeds a subset.
 */
final class FontFiles {

    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] MONO = read("DejaVuSansMono.ttf");

    private FontFiles() {
    }

    private static byte[] read(String file) {
        try (InputStream in = FontFiles.class.getResourceAsStream("/org/implantdhr/documents/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
