package org.implantdhr.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@code <table items="...">} with {@code <column>} children into a header row and one row
 * per item.
 */
final class TableLayout {

    private TableLayout() {}

    static List<Block> rows(TemplateElement table, TemplateScope scope, Typography typography) {
        List<TemplateElement> columns =
                table.children().stream().filter(c -> c.name().equals("column")).toList();
        if (columns.isEmpty()) {
            throw new TemplateException("<table> needs <column> children");
        }
        List<?> items = scope.items(table.required("items"));
        if (items.isEmpty()) {
            String empty = scope.interpolate(table.attribute("empty").orElse(""));
            return empty.isEmpty()
                    ? List.of()
                    : List.of(new TextBlock(empty, typography.body(), TextBlock.Kind.PLAIN));
        }
        float[] weights = new float[columns.size()];
        List<String> labels = new ArrayList<>();
        List<Boolean> mono = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            weights[i] = columns.get(i).number("width", 1);
            labels.add(scope.interpolate(columns.get(i).required("label")));
            mono.add(columns.get(i).flag("mono"));
        }
        TableRow header = TableRow.header(labels, weights, typography);
        List<TextStyle> styles = TableRow.stylesFor(mono, typography);
        List<Block> rows = new ArrayList<>();
        rows.add(header);
        for (int r = 0; r < items.size(); r++) {
            TemplateScope itemScope = scope.child(items.get(r));
            List<String> cells =
                    columns.stream().map(c -> itemScope.interpolate(c.text())).toList();
            rows.add(TableRow.body(cells, styles, weights, r % 2 == 1, header));
        }
        rows.add(new SpacerBlock(4));
        return rows;
    }
}
