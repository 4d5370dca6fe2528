package org.implantdhr.documents;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Page size and the band left for content between the running header and footer. */
record PageGeometry(PDRectangle size, float margin, float headerHeight, float footerHeight) {

    static PageGeometry from(TemplateElement root) {
        PDRectangle base =
                switch (root.attribute("page").orElse("A4")) {
                    case "A4" -> PDRectangle.A4;
                    case "A5" -> PDRectangle.A5;
                    case "A6" -> PDRectangle.A6;
                    default ->
                            throw new TemplateException(
                                    "unknown page size " + root.attribute("page").orElse(""));
                };
        PDRectangle size =
                root.flag("landscape") ? new PDRectangle(base.getHeight(), base.getWidth()) : base;
        float margin = root.number("margin", 42);
        float base9 = root.number("font-size", 9);
        return new PageGeometry(size, margin, base9 * 3.2f, base9 * 2.8f);
    }

    float contentTop() {
        return size.getHeight() - margin - headerHeight;
    }

    float contentBottom() {
        return margin + footerHeight;
    }

    float contentWidth() {
        return size.getWidth() - 2 * margin;
    }
}
