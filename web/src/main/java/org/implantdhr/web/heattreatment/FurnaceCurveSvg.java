package org.implantdhr.web.heattreatment;

import org.implantdhr.web.platform.MinMaxEnvelope;
import org.implantdhr.web.platform.PlotAxis;
import org.implantdhr.web.platform.Svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The furnace chart as inline SVG: every load thermocouple as a line (downsampled per pixel column, peaks kept),
 * the tolerance band, the soak window as the rules found it, and the hottest reading marked, in red with the
 * stretches above the overshoot limit when it exceeds that limit.
 *
 * @param epochSeconds     the sample times, ascending
 * @param loadC            [thermocouple][sample] in °C
 * @param soakStart        start of the soak window the rules credited (epoch second), null when there was none
 * @param soakEnd          its end, null when there was none
 * @param overshootLimitC  the highest load reading allowed (HT-OVERSHOOT max_load)
 */
public record FurnaceCurveSvg(List<String> thermocouples, long[] epochSeconds, double[][] loadC, double bandLowerC,
                              double bandUpperC, double overshootLimitC, Long soakStart, Long soakEnd) {

    static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
        "#17becf"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;
    private static final int LEFT = 56;
    private static final int RIGHT = WIDTH - 16;
    private static final int TOP = 44;
    private static final int BOTTOM = HEIGHT - 36;
    /** Two points per column at most: about 900 points per thermocouple whatever the length of the chart. */
    private static final int COLUMNS = 450;
    private static final int MAX_MARKED_STRETCHES = 50;

    public String render() {
        int n = epochSeconds.length;
        var svg = new Svg("furnace-curve", WIDTH, HEIGHT, "Furnace chart: load thermocouples over time",
                thermocouples.size() + " load thermocouples, " + n + " samples; tolerance band "
                        + Svg.number(bandLowerC) + " to " + Svg.number(bandUpperC) + " °C"
                        + (soakStart == null ? "; no soak in the band" : "; soak " + minutes(soakEnd - soakStart) + " min"));
        if (n < 2 || loadC.length == 0) {
            svg.text(LEFT, TOP + 20, "The chart has no samples to draw.", "id", "furnace-empty");
            return svg.end();
        }
        long t0 = epochSeconds[0];
        double[] hours = new double[n];
        for (int i = 0; i < n; i++) {
            hours[i] = (epochSeconds[i] - t0) / 3600.0;
        }
        double low = Math.min(bandLowerC, min(loadC));
        double high = Math.max(Math.max(bandUpperC, overshootLimitC), max(loadC));
        PlotAxis y = PlotAxis.over(low, high, 7, BOTTOM, TOP);
        double lastHour = hours[n - 1];
        PlotAxis x = PlotAxis.exact(0, lastHour, PlotAxis.niceStep(lastHour / 10), LEFT, RIGHT);

        if (soakStart != null && soakEnd != null) {
            double from = x.pixel((soakStart - t0) / 3600.0);
            double to = x.pixel((soakEnd - t0) / 3600.0);
            svg.titled("rect", "soak window: " + minutes(soakEnd - soakStart) + " min with every load thermocouple in the band",
                    "id", "furnace-soak", "class", "soak-window", "x", from, "y", TOP, "width", Math.max(1, to - from),
                    "height", BOTTOM - TOP, "fill", "#f3f0e0");
            svg.text((from + to) / 2, TOP - 4, "soak " + minutes(soakEnd - soakStart) + " min",
                    "text-anchor", "middle", "fill", "#5b6675");
        }
        svg.titled("rect", "tolerance band " + Svg.number(bandLowerC) + "–" + Svg.number(bandUpperC) + " °C",
                "id", "furnace-band", "class", "band", "x", LEFT, "y", y.pixel(bandUpperC), "width", RIGHT - LEFT,
                "height", Math.max(1, y.pixel(bandLowerC) - y.pixel(bandUpperC)), "fill", "#2e7d32",
                "fill-opacity", "0.18");
        for (double edge : new double[]{bandLowerC, bandUpperC}) {
            svg.element("line", "class", "band-edge", "x1", LEFT, "x2", RIGHT, "y1", y.pixel(edge), "y2", y.pixel(edge),
                    "stroke", "#2e7d32", "stroke-dasharray", "4 3", "stroke-width", 1);
        }
        grid(svg, x, y);

        for (int tc = 0; tc < loadC.length; tc++) {
            var envelope = MinMaxEnvelope.of(hours, loadC[tc], COLUMNS);
            double[] px = new double[envelope.size()];
            double[] py = new double[envelope.size()];
            for (int i = 0; i < envelope.size(); i++) {
                px[i] = x.pixel(envelope.xs()[i]);
                py[i] = y.pixel(envelope.ys()[i]);
            }
            svg.polyline(px, py, envelope.size(), "class", "trace", "data-thermocouple", name(tc),
                    "stroke", PALETTE[tc % PALETTE.length], "stroke-width", 1.2);
        }
        markPeak(svg, x, y, hours);
        legend(svg);
        return svg.end();
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
                svg.element("rect", "class", "overshoot-span", "x", from, "y", TOP, "width",
                        Math.max(2, x.pixel(stretch[1]) - from), "height", 6, "fill", "#b42318");
            }
            svg.element("line", "class", "overshoot-limit", "x1", LEFT, "x2", RIGHT, "y1", y.pixel(overshootLimitC),
                    "y2", y.pixel(overshootLimitC), "stroke", "#b42318", "stroke-width", 1);
        }
        String label = (overshoot ? "overshoot: " : "highest load reading: ") + Svg.number(peak) + " °C ("
                + name(peakTc) + ")" + (overshoot ? " above the limit " + Svg.number(overshootLimitC) + " °C" : "");
        double cx = x.pixel(hours[peakSample]);
        double cy = y.pixel(peak);
        svg.titled("circle", label, "id", "furnace-peak", "class", overshoot ? "peak overshoot" : "peak",
                "cx", cx, "cy", cy, "r", overshoot ? 6 : 4, "fill", "none",
                "stroke", overshoot ? "#b42318" : "#10263f", "stroke-width", 2);
        svg.text(Math.min(cx + 8, RIGHT - 200), Math.max(TOP + 12, cy - 8), label,
                "fill", overshoot ? "#b42318" : "#10263f");
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
                stretches.add(new double[]{hours[start], hours[i - 1]});
                start = -1;
            }
        }
        return stretches;
    }

    private void grid(Svg svg, PlotAxis x, PlotAxis y) {
        for (double celsius : y.ticks()) {
            double py = y.pixel(celsius);
            svg.element("line", "x1", LEFT, "x2", RIGHT, "y1", py, "y2", py, "stroke", "#dde1e6", "stroke-width", 0.6);
            svg.text(LEFT - 6, py + 4, Svg.number(celsius), "text-anchor", "end", "fill", "#5b6675");
        }
        for (double hour : x.ticks()) {
            double px = x.pixel(hour);
            svg.element("line", "x1", px, "x2", px, "y1", TOP, "y2", BOTTOM, "stroke", "#dde1e6", "stroke-width", 0.6);
            svg.text(px, BOTTOM + 16, Svg.number(hour) + " h", "text-anchor", "middle", "fill", "#5b6675");
        }
        svg.element("rect", "x", LEFT, "y", TOP, "width", RIGHT - LEFT, "height", BOTTOM - TOP, "fill", "none",
                "stroke", "#5b6675", "stroke-width", 0.8);
        svg.text(LEFT - 6, TOP - 4, "°C", "text-anchor", "end", "fill", "#5b6675");
        svg.text(RIGHT, BOTTOM + 32, "time since the first sample", "text-anchor", "end", "fill", "#5b6675");
    }

    private void legend(Svg svg) {
        double cursor = LEFT;
        double baseline = 16;
        for (int tc = 0; tc < loadC.length; tc++) {
            svg.element("line", "x1", cursor, "x2", cursor + 14, "y1", baseline - 4, "y2", baseline - 4,
                    "stroke", PALETTE[tc % PALETTE.length], "stroke-width", 3);
            svg.text(cursor + 18, baseline, name(tc), "class", "legend-entry");
            cursor += 30 + 7 * name(tc).length();
        }
        svg.element("rect", "x", cursor, "y", baseline - 9, "width", 14, "height", 8, "fill", "#2e7d32",
                "fill-opacity", "0.18");
        svg.text(cursor + 18, baseline, "band", "class", "legend-entry");
        cursor += 56;
        svg.element("rect", "x", cursor, "y", baseline - 9, "width", 14, "height", 8, "fill", "#f3f0e0",
                "stroke", "#d6dbe1");
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
