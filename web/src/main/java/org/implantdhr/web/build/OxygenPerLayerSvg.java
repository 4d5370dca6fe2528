package org.implantdhr.web.build;

import java.util.ArrayList;
import java.util.List;
import org.implantdhr.web.platform.MinMaxEnvelope;
import org.implantdhr.web.platform.PlotAxis;
import org.implantdhr.web.platform.Svg;

/**
 * The chamber O2 of a build as inline SVG, layer by layer (the highest reading of each layer), with
 * the excursion threshold and the highest allowed reading as lines, and every excursion — readings
 * above the threshold until one at or below it, as BLD-O2 counts them — marked over the layers it
 * spans, with its duration and peak.
 *
 * @param layers the layer of each sample
 * @param epochSeconds the time of each sample, ascending
 * @param o2Ppm the chamber O2 of each sample
 * @param thresholdPpm a reading above this is part of an excursion (BLD-O2 excursion_threshold_ppm)
 * @param maxPpm the highest reading allowed (BLD-O2 max_ppm), null when not specified
 * @param allowedSeconds the longest excursion allowed (BLD-O2 excursion_seconds), null when not
 *     specified
 */
public record OxygenPerLayerSvg(
        int[] layers,
        long[] epochSeconds,
        double[] o2Ppm,
        double thresholdPpm,
        Double maxPpm,
        Long allowedSeconds) {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 320;
    private static final int LEFT = 60;
    private static final int RIGHT = WIDTH - 16;
    private static final int TOP = 30;
    private static final int BOTTOM = HEIGHT - 36;
    private static final int COLUMNS = 450;
    private static final int MAX_MARKED = 100;

    /** A stretch of readings above the threshold. */
    public record Excursion(int firstLayer, int lastLayer, long seconds, double peakPpm) {}

    public String render() {
        int n = Math.min(layers.length, Math.min(epochSeconds.length, o2Ppm.length));
        List<Excursion> excursions = excursions();
        var svg =
                new Svg(
                        "oxygen-per-layer",
                        WIDTH,
                        HEIGHT,
                        "Chamber O2 per layer",
                        n
                                + " readings; excursion threshold "
                                + Svg.number(thresholdPpm)
                                + " ppm; "
                                + (excursions.isEmpty()
                                        ? "no excursion"
                                        : excursions.size() + " excursion(s)"));
        if (n == 0) {
            svg.text(
                    LEFT, TOP + 20, "The build log has no readings to draw.", "id", "oxygen-empty");
            return svg.end();
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, layers[i]);
            last = Math.max(last, layers[i]);
        }
        // the highest reading of each layer, layers in ascending order
        double[] highest = new double[last - first + 1];
        java.util.Arrays.fill(highest, Double.NaN);
        for (int i = 0; i < n; i++) {
            int k = layers[i] - first;
            highest[k] = Double.isNaN(highest[k]) ? o2Ppm[i] : Math.max(highest[k], o2Ppm[i]);
        }
        double[] xs = new double[highest.length];
        double[] ys = new double[highest.length];
        int count = 0;
        double top = Math.max(thresholdPpm, maxPpm == null ? 0 : maxPpm);
        for (int k = 0; k < highest.length; k++) {
            if (!Double.isNaN(highest[k])) {
                xs[count] = first + k;
                ys[count++] = highest[k];
                top = Math.max(top, highest[k]);
            }
        }
        PlotAxis y = PlotAxis.over(0, top * 1.05, 6, BOTTOM, TOP);
        PlotAxis x = PlotAxis.over(first, Math.max(last, first + 1), 10, LEFT, RIGHT);

        int marked = 0;
        for (Excursion e : excursions) {
            if (marked++ == MAX_MARKED) {
                break;
            }
            boolean tooLong = allowedSeconds != null && e.seconds() > allowedSeconds;
            double from = x.pixel(e.firstLayer() - 0.5);
            double to = x.pixel(e.lastLayer() + 0.5);
            svg.titled(
                    "rect",
                    "excursion: "
                            + e.seconds()
                            + " s above "
                            + Svg.number(thresholdPpm)
                            + " ppm, layer "
                            + (e.firstLayer() == e.lastLayer()
                                    ? e.firstLayer()
                                    : e.firstLayer() + "–" + e.lastLayer())
                            + ", peak "
                            + Svg.number(e.peakPpm())
                            + " ppm"
                            + (tooLong
                                    ? " (longer than the " + allowedSeconds + " s allowed)"
                                    : ""),
                    "class",
                    tooLong ? "excursion too-long" : "excursion",
                    "x",
                    from,
                    "y",
                    TOP,
                    "width",
                    Math.max(4, to - from),
                    "height",
                    BOTTOM - TOP,
                    "fill",
                    "#b42318",
                    "fill-opacity",
                    tooLong ? "0.3" : "0.15");
            svg.text(
                    Math.min(from + 6, RIGHT - 160),
                    TOP + 14 + 14 * (marked % 3),
                    "excursion " + e.seconds() + " s, layer " + e.firstLayer(),
                    "class",
                    "excursion-label",
                    "fill",
                    "#b42318");
        }
        grid(svg, x, y);
        svg.element(
                "line",
                "id",
                "oxygen-threshold",
                "class",
                "limit threshold",
                "x1",
                LEFT,
                "x2",
                RIGHT,
                "y1",
                y.pixel(thresholdPpm),
                "y2",
                y.pixel(thresholdPpm),
                "stroke",
                "#9a6700",
                "stroke-dasharray",
                "6 3",
                "stroke-width",
                1.5);
        svg.text(
                RIGHT - 4,
                y.pixel(thresholdPpm) - 4,
                "excursion threshold " + Svg.number(thresholdPpm) + " ppm",
                "text-anchor",
                "end",
                "fill",
                "#9a6700");
        if (maxPpm != null) {
            svg.element(
                    "line",
                    "id",
                    "oxygen-limit",
                    "class",
                    "limit max",
                    "x1",
                    LEFT,
                    "x2",
                    RIGHT,
                    "y1",
                    y.pixel(maxPpm),
                    "y2",
                    y.pixel(maxPpm),
                    "stroke",
                    "#b42318",
                    "stroke-width",
                    1.5);
            svg.text(
                    RIGHT - 4,
                    y.pixel(maxPpm) - 4,
                    "limit " + Svg.number(maxPpm) + " ppm",
                    "text-anchor",
                    "end",
                    "fill",
                    "#b42318");
        }
        var envelope =
                MinMaxEnvelope.of(
                        java.util.Arrays.copyOf(xs, count),
                        java.util.Arrays.copyOf(ys, count),
                        COLUMNS);
        double[] px = new double[envelope.size()];
        double[] py = new double[envelope.size()];
        for (int i = 0; i < envelope.size(); i++) {
            px[i] = x.pixel(envelope.xs()[i]);
            py[i] = y.pixel(envelope.ys()[i]);
        }
        svg.polyline(
                px,
                py,
                envelope.size(),
                "class",
                "trace",
                "stroke",
                "#0b5cad",
                "stroke-width",
                1.2);
        return svg.end();
    }

    /**
     * As BLD-O2 counts them: from the first reading above the threshold to the next at or below it.
     */
    public List<Excursion> excursions() {
        int n = Math.min(layers.length, Math.min(epochSeconds.length, o2Ppm.length));
        var found = new ArrayList<Excursion>();
        int start = -1;
        double peak = 0;
        int lowLayer = 0;
        int highLayer = 0;
        for (int i = 0; i < n; i++) {
            if (o2Ppm[i] > thresholdPpm) {
                if (start < 0) {
                    start = i;
                    peak = o2Ppm[i];
                    lowLayer = layers[i];
                    highLayer = layers[i];
                }
                peak = Math.max(peak, o2Ppm[i]);
                lowLayer = Math.min(lowLayer, layers[i]);
                highLayer = Math.max(highLayer, layers[i]);
            } else if (start >= 0) {
                found.add(
                        new Excursion(
                                lowLayer, highLayer, epochSeconds[i] - epochSeconds[start], peak));
                start = -1;
            }
        }
        if (start >= 0) {
            found.add(
                    new Excursion(
                            lowLayer, highLayer, epochSeconds[n - 1] - epochSeconds[start], peak));
        }
        return found;
    }

    private void grid(Svg svg, PlotAxis x, PlotAxis y) {
        for (double ppm : y.ticks()) {
            double py = y.pixel(ppm);
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
            svg.text(LEFT - 6, py + 4, Svg.number(ppm), "text-anchor", "end", "fill", "#5b6675");
        }
        for (double layer : x.ticks()) {
            double px = x.pixel(layer);
            svg.element(
                    "line",
                    "x1",
                    px,
                    "x2",
                    px,
                    "y1",
                    TOP,
                    "y2",
                    BOTTOM,
                    "stroke",
                    "#dde1e6",
                    "stroke-width",
                    0.6);
            svg.text(
                    px, BOTTOM + 16, Svg.number(layer), "text-anchor", "middle", "fill", "#5b6675");
        }
        svg.element(
                "rect",
                "x",
                LEFT,
                "y",
                TOP,
                "width",
                RIGHT - LEFT,
                "height",
                BOTTOM - TOP,
                "fill",
                "none",
                "stroke",
                "#5b6675",
                "stroke-width",
                0.8);
        svg.text(LEFT - 6, TOP - 14, "O2 ppm", "text-anchor", "end", "fill", "#5b6675");
        svg.text(
                RIGHT,
                BOTTOM + 32,
                "layer (highest reading per layer)",
                "text-anchor",
                "end",
                "fill",
                "#5b6675");
    }
}
