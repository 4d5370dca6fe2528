package org.implantdhr.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Label/value pairs in one or two columns, one ruled row per pair. */
final class FieldGrid implements Block {

    record Field(String label, String value, TextStyle valueStyle) {}

    private static final float PAD = 3;
    private static final float GUTTER = 14;
    private static final float LABEL_SHARE = 0.36f;

    private final List<Field> fields;
    private final int columns;
    private final TextStyle labelStyle;

    FieldGrid(List<Field> fields, int columns, Typography typography) {
        this.fields = List.copyOf(fields);
        this.columns = Math.max(1, columns);
        this.labelStyle = typography.label();
    }

    @Override
    public float height(float width) {
        float total = 0;
        for (List<Field> row : rows()) {
            total += rowHeight(row, columnWidth(width));
        }
        return total + 4;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float columnWidth = columnWidth(width);
        float y = top;
        for (List<Field> row : rows()) {
            float rowHeight = rowHeight(row, columnWidth);
            for (int c = 0; c < row.size(); c++) {
                drawField(canvas, row.get(c), x + c * (columnWidth + GUTTER), y, columnWidth);
            }
            for (int c = 0; c < row.size(); c++) {
                float left = x + c * (columnWidth + GUTTER);
                canvas.line(
                        left,
                        y - rowHeight,
                        left + columnWidth,
                        y - rowHeight,
                        Typography.RULE,
                        0.5f);
            }
            y -= rowHeight;
        }
    }

    private void drawField(Canvas canvas, Field field, float x, float top, float width)
            throws IOException {
        float labelWidth = width * LABEL_SHARE;
        canvas.lines(
                LineBreaker.lines(field.label(), labelStyle, labelWidth - PAD),
                labelStyle,
                x,
                top - PAD - 0.5f);
        canvas.lines(valueLines(field, width), field.valueStyle(), x + labelWidth, top - PAD);
    }

    private float rowHeight(List<Field> row, float columnWidth) {
        float tallest = 0;
        for (Field field : row) {
            float label =
                    LineBreaker.lines(field.label(), labelStyle, columnWidth * LABEL_SHARE - PAD)
                                    .size()
                            * labelStyle.leading();
            float value = valueLines(field, columnWidth).size() * field.valueStyle().leading();
            tallest = Math.max(tallest, Math.max(label, value));
        }
        return tallest + 2 * PAD;
    }

    private List<String> valueLines(Field field, float columnWidth) {
        return LineBreaker.lines(
                field.value(), field.valueStyle(), columnWidth * (1 - LABEL_SHARE));
    }

    private float columnWidth(float width) {
        return (width - GUTTER * (columns - 1)) / columns;
    }

    private List<List<Field>> rows() {
        List<List<Field>> rows = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += columns) {
            rows.add(fields.subList(i, Math.min(fields.size(), i + columns)));
        }
        return rows;
    }
}
