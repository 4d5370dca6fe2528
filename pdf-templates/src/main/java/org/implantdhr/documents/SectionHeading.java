package org.implantdhr.documents;

import java.io.IOException;

/** A tinted band with an accent bar that opens a numbered section. */
final class SectionHeading implements Block {

    private static final float PADDING = 3.5f;

    private final String title;
    private final TextStyle style;

    SectionHeading(String title, Typography typography) {
        this.title = title;
        this.style = typography.heading();
    }

    @Override
    public float height(float width) {
        return style.leading() + 2 * PADDING + 6;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float bandTop = top - 6;
        float bandHeight = style.leading() + 2 * PADDING;
        canvas.fill(x, bandTop - bandHeight, width, bandHeight, Typography.TINT);
        canvas.fill(x, bandTop - bandHeight, 3, bandHeight, Typography.ACCENT);
        canvas.text(title, style, x + 9, bandTop - PADDING - style.ascent() + 1);
    }

    @Override
    public boolean keepWithNext() {
        return true;
    }
}
