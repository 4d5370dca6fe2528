package org.implantdhr.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a table, header or body. Rows are separate blocks so a long table breaks between rows,
 * and a body row that opens a page repeats the header above it.
 */
final class TableRow implements Block {

    private static final float PAD = 3;

    private final List<String> cells;
    private final List<TextStyle> styles;
    private final float[] weights;
    private final Color background;
    private final TableRow header;

    private TableRow(
            List<String> cells,
            List<TextStyle> styles,
            float[] weights,
            Color background,
            TableRow header) {
        this.cells = List.copyOf(cells);
        this.styles = List.copyOf(styles);
        this.weights = weights.clone();
        this.background = background;
        this.header = header;
    }

    static TableRow header(List<String> labels, float[] weights, Typography typography) {
        List<TextStyle> styles = labels.stream().map(l -> typography.tableHeader()).toList();
        return new TableRow(labels, styles, weights, Typography.ACCENT, null);
    }

    static TableRow body(
            List<String> cells,
            List<TextStyle> styles,
            float[] weights,
            boolean shaded,
            TableRow header) {
        return new TableRow(cells, styles, weights, shaded ? Typography.TINT : null, header);
    }

    @Override
    public float height(float width) {
        float tallest = 0;
        float[] widths = columnWidths(width);
        for (int i = 0; i < cells.size(); i++) {
            tallest = Math.max(tallest, lines(i, widths[i]).size() * styles.get(i).leading());
        }
        return tallest + 2 * PAD;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float height = height(width);
        if (background != null) {
            canvas.fill(x, top - height, width, height, background);
        }
        float[] widths = columnWidths(width);
        float left = x;
        for (int i = 0; i < cells.size(); i++) {
            canvas.lines(lines(i, widths[i]), styles.get(i), left + PAD, top - PAD);
            left += widths[i];
        }
        canvas.line(x, top - height, x + width, top - height, Typography.RULE, 0.5f);
    }

    @Override
    public boolean keepWithNext() {
        return background == Typography.ACCENT;
    }

    @Override
    public Optional<Block> repeatAtPageTop() {
        return Optional.ofNullable(header);
    }

    private List<String> lines(int column, float columnWidth) {
        return LineBreaker.lines(cells.get(column), styles.get(column), columnWidth - 2 * PAD);
    }

    private float[] columnWidths(float width) {
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = width * weights[i] / total;
        }
        return widths;
    }

    static List<TextStyle> stylesFor(List<Boolean> monoColumns, Typography typography) {
        List<TextStyle> styles = new ArrayList<>();
        for (boolean mono : monoColumns) {
            styles.add(
                    mono
                            ? typography.mono()
                            : typography.body().withSize(typography.body().size() - 0.5f));
        }
        return styles;
    }
}
