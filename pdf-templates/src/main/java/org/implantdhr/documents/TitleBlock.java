package org.implantdhr.documents;

import java.io.IOException;
import java.util.List;

/** The document title with its subtitle, closed by an accent rule. */
final class TitleBlock implements Block {

    private final String title;
    private final String subtitle;
    private final TextStyle titleStyle;
    private final TextStyle subtitleStyle;

    TitleBlock(String title, String subtitle, Typography typography) {
        this.title = title;
        this.subtitle = subtitle;
        this.titleStyle = typography.title();
        this.subtitleStyle = typography.subtitle();
    }

    @Override
    public float height(float width) {
        return titleLines(width).size() * titleStyle.leading()
                + subtitleLines(width).size() * subtitleStyle.leading()
                + 10;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float y = top - canvas.lines(titleLines(width), titleStyle, x, top);
        y -= canvas.lines(subtitleLines(width), subtitleStyle, x, y);
        canvas.line(x, y - 4, x + width, y - 4, Typography.ACCENT, 1.5f);
    }

    private List<String> titleLines(float width) {
        return LineBreaker.lines(title, titleStyle, width);
    }

    private List<String> subtitleLines(float width) {
        return subtitle.isEmpty() ? List.of() : LineBreaker.lines(subtitle, subtitleStyle, width);
    }
}
