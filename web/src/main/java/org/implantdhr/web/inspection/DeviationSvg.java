package org.implantdhr.web.inspection;

import java.util.List;
import org.implantdhr.web.platform.PlotAxis;
import org.implantdhr.web.platform.Svg;

/**
 * The dimensional results as inline SVG: one row per characteristic, its tolerance band (signed
 * deviations from the nominal) as a bar and the measured deviation as a dot, all on one mm scale.
 * Critical characteristics are named in bold with a mark; a characteristic whose status is not
 * PASS, or whose deviation is outside its band, is drawn in red.
 */
public record DeviationSvg(List<Row> characteristics) {

    /**
     * One characteristic. Tolerances are signed deviations from the nominal (lower ≤ upper); null
     * when the file gave none.
     */
    public record Row(
            String name,
            String kind,
            double nominalMm,
            Double lowerToleranceMm,
            Double upperToleranceMm,
            double measuredMm,
            String status,
            boolean critical) {

        public double deviationMm() {
            return measuredMm - nominalMm;
        }

        public boolean outside() {
            return !"PASS".equals(status)
                    || lowerToleranceMm != null && deviationMm() < lowerToleranceMm - 1e-9
                    || upperToleranceMm != null && deviationMm() > upperToleranceMm + 1e-9;
        }
    }

    private static final int WIDTH = 900;
    private static final int LABEL = 230;
    private static final int LEFT = LABEL + 10;
    private static final int RIGHT = WIDTH - 90;
    private static final int TOP = 30;
    private static final int ROW = 22;

    public String render() {
        int height = TOP + ROW * Math.max(1, characteristics.size()) + 40;
        long failing = characteristics.stream().filter(Row::outside).count();
        var svg =
                new Svg(
                        "deviations",
                        WIDTH,
                        height,
                        "Dimensional deviations per characteristic",
                        characteristics.size()
                                + " characteristics, "
                                + failing
                                + " outside tolerance or not PASS");
        if (characteristics.isEmpty()) {
            svg.text(
                    LEFT,
                    TOP + 20,
                    "The inspection has no characteristics to draw.",
                    "id",
                    "deviations-empty");
            return svg.end();
        }
        double reach = 0.01;
        for (Row r : characteristics) {
            reach = Math.max(reach, Math.abs(r.deviationMm()));
            reach =
                    Math.max(
                            reach,
                            r.lowerToleranceMm() == null ? 0 : Math.abs(r.lowerToleranceMm()));
            reach =
                    Math.max(
                            reach,
                            r.upperToleranceMm() == null ? 0 : Math.abs(r.upperToleranceMm()));
        }
        PlotAxis x = PlotAxis.over(-reach * 1.1, reach * 1.1, 8, LEFT, RIGHT);
        int bottom = TOP + ROW * characteristics.size();
        for (double mm : x.ticks()) {
            double px = x.pixel(mm);
            svg.element(
                    "line",
                    "x1",
                    px,
                    "x2",
                    px,
                    "y1",
                    TOP,
                    "y2",
                    bottom,
                    "stroke",
                    Math.abs(mm) < 1e-12 ? "#5b6675" : "#dde1e6",
                    "stroke-width",
                    Math.abs(mm) < 1e-12 ? 1 : 0.6);
            svg.text(px, bottom + 16, Svg.number(mm), "text-anchor", "middle", "fill", "#5b6675");
        }
        svg.text(
                RIGHT,
                bottom + 32,
                "deviation from nominal, mm",
                "text-anchor",
                "end",
                "fill",
                "#5b6675");
        svg.text(LEFT, TOP - 10, "band = tolerance, dot = measured; ★ critical", "fill", "#5b6675");

        for (int i = 0; i < characteristics.size(); i++) {
            Row r = characteristics.get(i);
            double mid = TOP + ROW * i + ROW / 2.0;
            boolean bad = r.outside();
            String colour = bad ? "#b42318" : "#1f7a3a";
            svg.open(
                    "g",
                    "class",
                    "characteristic"
                            + (r.critical() ? " critical" : "")
                            + (bad ? " fail" : " pass"),
                    "data-name",
                    r.name());
            if (i % 2 == 0) {
                svg.element(
                        "rect",
                        "x",
                        0,
                        "y",
                        mid - ROW / 2.0,
                        "width",
                        WIDTH,
                        "height",
                        ROW,
                        "fill",
                        "#f6f7f9");
            }
            svg.text(
                    LABEL,
                    mid + 4,
                    (r.critical() ? "★ " : "") + r.name(),
                    "text-anchor",
                    "end",
                    "font-weight",
                    r.critical() ? "bold" : null,
                    "fill",
                    bad ? "#b42318" : "#1b2430");
            double lower = r.lowerToleranceMm() == null ? 0 : r.lowerToleranceMm();
            double upper = r.upperToleranceMm() == null ? 0 : r.upperToleranceMm();
            svg.titled(
                    "rect",
                    "tolerance " + Svg.number(lower) + " to " + Svg.number(upper) + " mm",
                    "class",
                    "tolerance",
                    "x",
                    x.pixel(lower),
                    "y",
                    mid - 5,
                    "width",
                    Math.max(1, x.pixel(upper) - x.pixel(lower)),
                    "height",
                    10,
                    "fill",
                    "#2e7d32",
                    "fill-opacity",
                    "0.2",
                    "stroke",
                    "#2e7d32",
                    "stroke-width",
                    0.8);
            double dot = x.pixel(r.deviationMm());
            svg.titled(
                    "circle",
                    r.name()
                            + ": measured "
                            + Svg.number(r.measuredMm())
                            + " mm, nominal "
                            + Svg.number(r.nominalMm())
                            + " mm, deviation "
                            + Svg.number(r.deviationMm())
                            + " mm, "
                            + r.status()
                            + (r.critical() ? ", critical" : ""),
                    "class",
                    "measured",
                    "cx",
                    dot,
                    "cy",
                    mid,
                    "r",
                    bad ? 6 : 4,
                    "fill",
                    colour,
                    "stroke",
                    r.critical() ? "#10263f" : "none",
                    "stroke-width",
                    1.5);
            svg.text(
                    RIGHT + 8,
                    mid + 4,
                    r.status(),
                    "fill",
                    bad ? "#b42318" : "#1f7a3a",
                    "font-weight",
                    bad ? "bold" : null);
            svg.close("g");
        }
        return svg.end();
    }
}
