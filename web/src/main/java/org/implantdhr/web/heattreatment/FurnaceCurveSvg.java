package org.implantdhr.web.heattreatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.implantdhr.web.platform.MinMaxEnvelope;
import org.implantdhr.web.platform.PlotAxis;
import org.implantdhr.web.platform.Svg;

/**
 * The furnace chart as inline SVG: every load thermocouple as a line (downsampled per pixel column,
 * peaks kept), the tolerance band, the soak window as the rules found it, and the hottest reading
 * marked, in red with the stretches above the overshoot limit when it exceeds that limit.
 *
 * @param epochSeconds the sample times, ascending
 * @param loadC [thermocouple][sample] in °C
 * @param soakStart start of the soak window the rules credited (epoch second), null when there was
 *     none
 * @param soakEnd its end, null when there was none
 * @param overshootLimitC the highest load reading allowed (HT-OVERSHOOT max_load)
 */
public record FurnaceCurveSvg(
        List<String> thermocouples,
        long[] epochSeconds,
        double[][] loadC,
        double bandLowerC,
        double bandUpperC,
        double overshootLimitC,
        Long soakStart,
        Long soakEnd) {

    static final String[] PALETTE = {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"
    };
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    private static final int LEFT = 56;
    private static final int RIGHT = WIDTH - 16;

    /** The whole run, from room temperature to the peak. */
    private static final int TOP = 50;

    private static final int BOTTOM = 300;

    /**
     * The same time axis close around the band, where a dip out of the band during the soak is
     * visible.
     */
    private static final int ZOOM_TOP = 350;

    private static final int ZOOM_BOTTOM = 560;

    /**
     * Two points per column at most: about 900 points per thermocouple whatever the length of the
     * chart.
     */
    private static final int COLUMNS = 450;

    private static final int MAX_MARKED_STRETCHES = 50;

    public String render() {
        int n = epochSeconds.length;
        var svg =
                new Svg(
                        "furnace-curve",
                        WIDTH,
                        HEIGHT,
                        "Furnace chart: load thermocouples over time",
                        thermocouples.size()
                                + " load thermocouples, "
                                + n
                                + " samples; tolerance band "
                                + Svg.number(bandLowerC)
                                + " to "
                                + Svg.number(bandUpperC)
                                + " °C"
                                + (soakStart == null
                                        ? "; no soak in the band"
                                        : "; soak " + minutes(soakEnd - soakStart) + " min"));
        if (n < 2 || loadC.length == 0) {
            svg.text(LEFT, TOP + 20, "The chart has no samples to draw.", "id", "furnace-empty");
            return svg.end();
        }
        long t0 = epochSeconds[0];
        double[] hours = new double[n];
        for (int i = 0; i < n; i++) {
            hours[i] = (epochSeconds[i] - t0) / 3600.0;
        }
        double peak = max(loadC);
        double lastHour = hours[n - 1];
        PlotAxis x = PlotAxis.exact(0, lastHour, PlotAxis.niceStep(lastHour / 10), LEFT, RIGHT);
        PlotAxis whole =
                PlotAxis.over(
                        Math.min(bandLowerC, min(loadC)),
                        Math.max(Math.max(bandUpperC, overshootLimitC), peak),
                        7,
                        BOTTOM,
                        TOP);
        double width = Math.max(1, bandUpperC - bandLowerC);
        PlotAxis zoom =
                PlotAxis.over(
                        bandLowerC - 1.5 * width,
                        Math.max(bandUpperC + width, Math.min(peak, bandUpperC + 3 * width)),
                        6,
                        ZOOM_BOTTOM,
                        ZOOM_TOP);

        List<double[]> envelopes = new ArrayList<>();
        for (double[] tc : loadC) {
            var envelope = MinMaxEnvelope.of(hours, tc, COLUMNS);
            envelopes.add(java.util.Arrays.copyOf(envelope.xs(), envelope.size()));
            envelopes.add(java.util.Arrays.copyOf(envelope.ys(), envelope.size()));
        }
        svg.open("defs")
                .open("clipPath", "id", "furnace-zoom-clip")
                .element(
                        "rect",
                        "x",
                        LEFT,
                        "y",
                        ZOOM_TOP,
                        "width",
                        RIGHT - LEFT,
                        "height",
                        ZOOM_BOTTOM - ZOOM_TOP)
                .close("clipPath")
                .close("defs");
        panel(svg, x, whole, TOP, BOTTOM, envelopes, null, "furnace");
        svg.text(LEFT, ZOOM_TOP - 10, "Close to the band (same time axis)", "fill", "#5b6675");
        panel(svg, x, zoom, ZOOM_TOP, ZOOM_BOTTOM, envelopes, whole, "furnace-zoom");
        markPeak(svg, x, whole, hours);
        legend(svg);
        return svg.end();
    }

    /**
     * One panel: soak window, band, grid, traces; ids are prefixed so that the two panels differ.
     * The zoomed panel draws the whole panel's traces again through a vertical stretch (both axes
     * are linear), so the points are sent once.
     */
    private void panel(
            Svg svg,
            PlotAxis x,
            PlotAxis y,
            int top,
            int bottom,
            List<double[]> envelopes,
            PlotAxis whole,
            String prefix) {
        long t0 = epochSeconds[0];
        if (soakStart != null && soakEnd != null) {
            double from = x.pixel((soakStart - t0) / 3600.0);
            double to = x.pixel((soakEnd - t0) / 3600.0);
            svg.titled(
                    "rect",
                    "soak window: "
                            + minutes(soakEnd - soakStart)
                            + " min with every load thermocouple in the band",
                    "id",
                    prefix + "-soak",
                    "class",
                    "soak-window",
                    "x",
                    from,
                    "y",
                    top,
                    "width",
                    Math.max(1, to - from),
                    "height",
                    bottom - top,
                    "fill",
                    "#f3f0e0");
            if (whole == null) {
                svg.text(
                        (from + to) / 2,
                        top - 4,
                        "soak " + minutes(soakEnd - soakStart) + " min",
                        "text-anchor",
                        "middle",
                        "fill",
                        "#5b6675");
            }
        }
        svg.titled(
                "rect",
                "tolerance band " + Svg.number(bandLowerC) + "–" + Svg.number(bandUpperC) + " °C",
                "id",
                prefix + "-band",
                "class",
                "band",
                "x",
                LEFT,
                "y",
                y.pixel(bandUpperC),
                "width",
                RIGHT - LEFT,
                "height",
                Math.max(1, y.pixel(bandLowerC) - y.pixel(bandUpperC)),
                "fill",
                "#2e7d32",
                "fill-opacity",
                "0.18");
        for (double edge : new double[] {bandLowerC, bandUpperC}) {
            svg.element(
                    "line",
                    "class",
                    "band-edge",
                    "x1",
                    LEFT,
                    "x2",
                    RIGHT,
                    "y1",
                    y.pixel(edge),
                    "y2",
                    y.pixel(edge),
                    "stroke",
                    "#2e7d32",
                    "stroke-dasharray",
                    "4 3",
                    "stroke-width",
                    1);
        }
        grid(svg, x, y, top, bottom);
        if (whole != null) {
            double stretch = y.pixelsPerUnit() / whole.pixelsPerUnit();
            double shift = y.pixel(whole.value(0));
            svg.open("g", "clip-path", "url(#furnace-zoom-clip)")
                    .element(
                            "use",
                            "href",
                            "#furnace-traces",
                            "class",
                            "traces-zoomed",
                            "transform",
                            "matrix(1 0 0 "
                                    + Svg.number6(stretch)
                                    + " 0 "
                                    + Svg.number6(shift)
                                    + ")")
                    .close("g");
            return;
        }
        svg.open("g", "id", "furnace-traces");
        for (int tc = 0; tc < loadC.length; tc++) {
            double[] hours = envelopes.get(2 * tc);
            double[] celsius = envelopes.get(2 * tc + 1);
            double[] px = new double[hours.length];
            double[] py = new double[hours.length];
            for (int i = 0; i < hours.length; i++) {
                px[i] = x.pixel(hours[i]);
                py[i] = y.pixel(celsius[i]);
            }
            svg.polyline(
                    px,
                    py,
                    hours.length,
                    "class",
                    "trace",
                    "data-thermocouple",
                    name(tc),
                    "stroke",
                    PALETTE[tc % PALETTE.length],
                    "stroke-width",
                    1.2,
                    "vector-effect",
                    "non-scaling-stroke");
        }
        svg.close("g");
    }

    private void markPeak(Svg svg, PlotAxis x, PlotAxis y, double[] hours) {
        int peakTc = 0;
        int peakSample = 0;
        for (int tc = 0; tc < loadC.length; tc++) {
            for (int i = 0; i < loadC[tc].length; i++) {
                if (loadC[tc][i] > loadC[peakTc][peakSample]) {
                    peakTc = tc;
                    peakSample = i;
                }
            }
        }
        double peak = loadC[peakTc][peakSample];
        boolean overshoot = peak > overshootLimitC;
        if (overshoot) {
            int marked = 0;
            for (double[] stretch : stretchesAbove(hours)) {
                if (marked++ == MAX_MARKED_STRETCHES) {
                    break;
                }
                double from = x.pixel(stretch[0]);
                svg.element(
                        "rect",
                        "class",
                        "overshoot-span",
                        "x",
                        from,
                        "y",
                        TOP,
                        "width",
                        Math.max(2, x.pixel(stretch[1]) - from),
                        "height",
                        BOTTOM - TOP,
                        "fill",
                        "#b42318",
                        "fill-opacity",
                        "0.25");
            }
            svg.element(
                    "line",
                    "class",
                    "overshoot-limit",
                    "x1",
                    LEFT,
                    "x2",
                    RIGHT,
                    "y1",
                    y.pixel(overshootLimitC),
                    "y2",
                    y.pixel(overshootLimitC),
                    "stroke",
                    "#b42318",
                    "stroke-width",
                    1);
        }
        String label =
                (overshoot ? "overshoot: " : "highest load reading: ")
                        + Svg.number(peak)
                        + " °C ("
                        + name(peakTc)
                        + ")"
                        + (overshoot
                                ? " above the limit " + Svg.number(overshootLimitC) + " °C"
                                : "");
        double cx = x.pixel(hours[peakSample]);
        double cy = y.pixel(peak);
        svg.titled(
                "circle",
                label,
                "id",
                "furnace-peak",
                "class",
                overshoot ? "peak overshoot" : "peak",
                "cx",
                cx,
                "cy",
                cy,
                "r",
                overshoot ? 7 : 5,
                "fill",
                "none",
                "stroke",
                overshoot ? "#b42318" : "#10263f",
                "stroke-width",
                2);
        svg.text(
                Math.min(cx + 10, RIGHT - 330),
                Math.max(TOP + 14, cy - 10),
                label,
                "fill",
                overshoot ? "#b42318" : "#10263f");
    }

    /** [from hour, to hour] where the hottest load thermocouple is above the overshoot limit. */
    private List<double[]> stretchesAbove(double[] hours) {
        var stretches = new ArrayList<double[]>();
        int start = -1;
        for (int i = 0; i <= hours.length; i++) {
            boolean above = false;
            if (i < hours.length) {
                for (double[] tc : loadC) {
                    if (tc[i] > overshootLimitC) {
                        above = true;
                        break;
                    }
                }
            }
            if (above && start < 0) {
                start = i;
            } else if (!above && start >= 0) {
                stretches.add(new double[] {hours[start], hours[i - 1]});
                start = -1;
            }
        }
        return stretches;
    }

    private void grid(Svg svg, PlotAxis x, PlotAxis y, int top, int bottom) {
        for (double celsius : y.ticks()) {
            double py = y.pixel(celsius);
            svg.element(
                    "line",
                    "x1",
                    LEFT,
                    "x2",
                    RIGHT,
                    "y1",
                    py,
                    "y2",
                    py,
                    "stroke",
                    "#dde1e6",
                    "stroke-width",
                    0.6);
            svg.text(
                    LEFT - 6, py + 4, Svg.number(celsius), "text-anchor", "end", "fill", "#5b6675");
        }
        for (double hour : x.ticks()) {
            double px = x.pixel(hour);
            svg.element(
                    "line",
                    "x1",
                    px,
                    "x2",
                    px,
                    "y1",
                    top,
                    "y2",
                    bottom,
                    "stroke",
                    "#dde1e6",
                    "stroke-width",
                    0.6);
            svg.text(
                    px,
                    bottom + 16,
                    Svg.number(hour) + " h",
                    "text-anchor",
                    "middle",
                    "fill",
                    "#5b6675");
        }
        svg.element(
                "rect",
                "x",
                LEFT,
                "y",
                top,
                "width",
                RIGHT - LEFT,
                "height",
                bottom - top,
                "fill",
                "none",
                "stroke",
                "#5b6675",
                "stroke-width",
                0.8);
        svg.text(LEFT - 30, top - 8, "°C", "text-anchor", "end", "fill", "#5b6675");
        svg.text(
                RIGHT,
                bottom + 32,
                "time since the first sample",
                "text-anchor",
                "end",
                "fill",
                "#5b6675");
    }

    private void legend(Svg svg) {
        double cursor = LEFT;
        double baseline = 16;
        for (int tc = 0; tc < loadC.length; tc++) {
            svg.element(
                    "line",
                    "x1",
                    cursor,
                    "x2",
                    cursor + 14,
                    "y1",
                    baseline - 4,
                    "y2",
                    baseline - 4,
                    "stroke",
                    PALETTE[tc % PALETTE.length],
                    "stroke-width",
                    3);
            svg.text(cursor + 18, baseline, name(tc), "class", "legend-entry");
            cursor += 30 + 7 * name(tc).length();
        }
        svg.element(
                "rect",
                "x",
                cursor,
                "y",
                baseline - 9,
                "width",
                14,
                "height",
                8,
                "fill",
                "#2e7d32",
                "fill-opacity",
                "0.18");
        svg.text(cursor + 18, baseline, "band", "class", "legend-entry");
        cursor += 56;
        svg.element(
                "rect",
                "x",
                cursor,
                "y",
                baseline - 9,
                "width",
                14,
                "height",
                8,
                "fill",
                "#f3f0e0",
                "stroke",
                "#d6dbe1");
        svg.text(cursor + 18, baseline, "soak window", "class", "legend-entry");
    }

    private String name(int tc) {
        return tc < thermocouples.size() ? thermocouples.get(tc) : "TC" + (tc + 1);
    }

    private static String minutes(long seconds) {
        return String.format(Locale.ROOT, "%d", seconds / 60);
    }

    private static double min(double[][] series) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] s : series) {
            for (double v : s) {
                min = Math.min(min, v);
            }
        }
        return min;
    }

    private static double max(double[][] series) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] s : series) {
            for (double v : s) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
