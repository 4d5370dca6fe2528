package org.implantdhr.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** A paragraph: plain, a bullet item, or a framed notice that must not be overlooked. */
final class TextBlock implements Block {

    enum Kind {
        PLAIN,
        BULLET,
        NOTICE,
        WARNING
    }

    private static final float BOX_PADDING = 6;
    private static final float BULLET_INDENT = 10;

    private final String text;
    private final TextStyle style;
    private final Kind kind;

    TextBlock(String text, TextStyle style, Kind kind) {
        this.text = text;
        this.style = kind == Kind.WARNING ? style.withColor(Typography.WARNING) : style;
        this.kind = kind;
    }

    @Override
    public float height(float width) {
        return lines(width).size() * style.leading() + inset() * 2 + 3;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        List<String> lines = lines(width);
        float boxHeight = lines.size() * style.leading() + inset() * 2;
        if (kind == Kind.NOTICE || kind == Kind.WARNING) {
            Color frame = kind == Kind.WARNING ? Typography.WARNING : Typography.ACCENT;
            Color tint = kind == Kind.WARNING ? Typography.WARNING_TINT : Typography.TINT;
            canvas.fill(x, top - boxHeight, width, boxHeight, tint);
            canvas.frame(x, top - boxHeight, width, boxHeight, frame, 1f);
        }
        if (kind == Kind.BULLET) {
            canvas.text("•", style, x + 2, top - style.ascent());
        }
        canvas.lines(lines, style, x + indent(), top - inset());
    }

    private List<String> lines(float width) {
        return LineBreaker.lines(text, style, width - indent() - inset());
    }

    private float inset() {
        return kind == Kind.NOTICE || kind == Kind.WARNING ? BOX_PADDING : 0;
    }

    private float indent() {
        return kind == Kind.BULLET ? BULLET_INDENT : inset();
    }
}
