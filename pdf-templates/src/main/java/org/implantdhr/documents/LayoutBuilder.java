package org.implantdhr.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a layout template with the model and produces the blocks to place. The vocabulary is
 * deliberately small and logic-less: {@code when}/{@code unless} test a value, {@code each} and
 * {@code table} repeat over a list, everything else prints what the model holds.
 */
final class LayoutBuilder {

    private final Typography typography;

    LayoutBuilder(Typography typography) {
        this.typography = typography;
    }

    List<Block> build(List<TemplateElement> elements, TemplateScope scope) {
        List<Block> blocks = new ArrayList<>();
        for (TemplateElement element : elements) {
            add(element, scope, blocks);
        }
        return blocks;
    }

    private void add(TemplateElement element, TemplateScope scope, List<Block> blocks) {
        switch (element.name()) {
            case "page-header", "page-footer" -> {
                // drawn on every page by PageDecoration
            }
            case "title" ->
                    blocks.add(
                            new TitleBlock(
                                    scope.interpolate(element.required("text")),
                                    scope.interpolate(element.attribute("subtitle").orElse("")),
                                    typography));
            case "section" -> {
                blocks.add(
                        new SectionHeading(
                                scope.interpolate(element.required("title")), typography));
                blocks.addAll(build(element.children(), scope));
                blocks.add(new SpacerBlock(4));
            }
            case "fields" -> blocks.add(fields(element, scope));
            case "paragraph" -> blocks.add(paragraph(element, scope));
            case "when" -> {
                if (scope.isTrue(element.required("test"))) {
                    blocks.addAll(build(element.children(), scope));
                }
            }
            case "unless" -> {
                if (!scope.isTrue(element.required("test"))) {
                    blocks.addAll(build(element.children(), scope));
                }
            }
            case "each" -> {
                for (Object item : scope.items(element.required("items"))) {
                    blocks.addAll(build(element.children(), scope.child(item)));
                }
            }
            case "table" -> blocks.addAll(TableLayout.rows(element, scope, typography));
            case "split" ->
                    blocks.add(
                            new SplitBlock(
                                    build(
                                            element.child("left")
                                                    .map(TemplateElement::children)
                                                    .orElse(List.of()),
                                            scope),
                                    build(
                                            element.child("right")
                                                    .map(TemplateElement::children)
                                                    .orElse(List.of()),
                                            scope),
                                    element.number("right-width", 110)));
            case "qr-code" ->
                    blocks.add(
                            new QrCodeBlock(
                                    scope.interpolate(element.required("value")),
                                    element.number("size", 90),
                                    scope.interpolate(element.attribute("caption").orElse("")),
                                    typography));
            case "furnace-curve" -> blocks.add(furnaceCurve(element, scope));
            case "survival-curve" -> blocks.add(survivalCurve(element, scope));
            case "page-break" -> blocks.add(new PageBreak());
            case "spacer" -> blocks.add(new SpacerBlock(element.number("height", 6)));
            default ->
                    throw new TemplateException(
                            "unknown template element <" + element.name() + ">");
        }
    }

    private Block fields(TemplateElement element, TemplateScope scope) {
        List<FieldGrid.Field> fields = new ArrayList<>();
        for (TemplateElement field : element.children()) {
            if (!field.name().equals("field")) {
                throw new TemplateException(
                        "<fields> holds only <field>, not <" + field.name() + ">");
            }
            boolean visible = field.attribute("when").map(scope::isTrue).orElse(true);
            if (visible) {
                TextStyle style =
                        field.flag("mono")
                                ? typography.mono()
                                : field.flag("strong") ? typography.strong() : typography.body();
                fields.add(
                        new FieldGrid.Field(
                                scope.interpolate(field.required("label")),
                                scope.interpolate(field.text()),
                                style));
            }
        }
        return new FieldGrid(fields, (int) element.number("columns", 1), typography);
    }

    private Block paragraph(TemplateElement element, TemplateScope scope) {
        String style = element.attribute("style").orElse("body");
        TextBlock.Kind kind =
                switch (style) {
                    case "notice" -> TextBlock.Kind.NOTICE;
                    case "warning" -> TextBlock.Kind.WARNING;
                    default ->
                            element.flag("bullet") ? TextBlock.Kind.BULLET : TextBlock.Kind.PLAIN;
                };
        return new TextBlock(scope.interpolate(element.text()), typography.named(style), kind);
    }

    private Block furnaceCurve(TemplateElement element, TemplateScope scope) {
        String path = element.required("curve");
        if (!(scope.resolve(path) instanceof FurnaceCurve curve)) {
            throw new TemplateException("'" + path + "' is not a furnace curve");
        }
        return new FurnaceCurvePlot(
                curve,
                element.number("height", 200),
                scope.interpolate(element.attribute("caption").orElse("")),
                typography);
    }

    private Block survivalCurve(TemplateElement element, TemplateScope scope) {
        String path = element.required("curve");
        if (!(scope.resolve(path) instanceof SurvivalPlot plot)) {
            throw new TemplateException("'" + path + "' is not a survival curve");
        }
        return new SurvivalCurvePlot(
                plot,
                element.number("height", 180),
                scope.interpolate(element.attribute("caption").orElse("")),
                typography);
    }
}
