package org.implantdhr.web.outcome;

import java.util.ArrayList;
import java.util.List;
import org.implantdhr.outcome.control.OutcomeFormat;
import org.implantdhr.outcome.control.StudyTimeScale;
import org.implantdhr.outcome.control.SurvivalCurve;
import org.implantdhr.outcome.control.SurvivalStep;
import org.implantdhr.web.platform.PlotAxis;
import org.implantdhr.web.platform.Svg;

/**
 * A Kaplan–Meier curve as inline SVG: the estimate as steps, its 95 % log-log interval as dashed
 * steps, a tick where a patient was censored, and the numbers at risk every six months under the
 * time axis. Each event step and tick carries a tooltip with its numbers.
 */
public record SurvivalCurveSvg(String id, String title, SurvivalCurve curve) {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 380;
    private static final int LEFT = 64;
    private static final int RIGHT = WIDTH - 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 290;

    public String render() {
        double lastMonth = Math.max(24, Math.ceil(StudyTimeScale.months(curve.lastDay()) / 6) * 6);
        long day24 = StudyTimeScale.day(StudyTimeScale.DFS_MONTHS);
        var svg =
                new Svg(
                        id,
                        WIDTH,
                        HEIGHT,
                        title,
                        curve.patients()
                                + " patients, "
                                + curve.eventsUpTo(Long.MAX_VALUE)
                                + " events, "
                                + curve.censoredUpTo(Long.MAX_VALUE)
                                + " censored; disease-free at 24 months "
                                + OutcomeFormat.survival(curve, day24)
                                + " (95 % CI "
                                + OutcomeFormat.interval(curve.intervalAt(day24))
                                + ")");
        PlotAxis x = PlotAxis.exact(0, lastMonth, 6, LEFT, RIGHT);
        PlotAxis y = PlotAxis.exact(0, 100, 20, BOTTOM, TOP);
        grid(svg, x, y);
        if (curve.patients() == 0) {
            svg.text(LEFT + 10, TOP + 24, "No implanted patients yet.", "id", id + "-empty");
            return svg.end();
        }
        List<double[]> estimate = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        List<double[]> upper = new ArrayList<>();
        estimate.add(new double[] {0, 100});
        for (SurvivalStep step : curve.steps()) {
            if (step.events() == 0) {
                continue;
            }
            double month = StudyTimeScale.months(step.day());
            estimate.add(new double[] {month, percent(step)});
            var ci = step.confidenceInterval();
            lower.add(
                    new double[] {
                        month, ci.map(c -> c.lower().doubleValue() * 100).orElse(Double.NaN)
                    });
            upper.add(
                    new double[] {
                        month, ci.map(c -> c.upper().doubleValue() * 100).orElse(Double.NaN)
                    });
        }
        // the curve ends at the longest follow-up: beyond it, it would claim what nobody was seen
        // for
        double followedUntil = StudyTimeScale.months(curve.lastDay());
        band(svg, x, y, lower, followedUntil, "ci-lower");
        band(svg, x, y, upper, followedUntil, "ci-upper");
        steps(svg, x, y, estimate, followedUntil);
        for (SurvivalStep step : curve.steps()) {
            double px = x.pixel(StudyTimeScale.months(step.day()));
            double py = y.pixel(percent(step));
            if (step.events() > 0) {
                svg.titled(
                        "circle",
                        "day "
                                + step.day()
                                + ": "
                                + step.events()
                                + " event(s) of "
                                + step.atRisk()
                                + " at risk; estimate "
                                + OutcomeFormat.survival(step.survival())
                                + ", 95 % CI "
                                + OutcomeFormat.interval(step.confidenceInterval()),
                        "class",
                        "km-event",
                        "cx",
                        px,
                        "cy",
                        py,
                        "r",
                        3,
                        "fill",
                        "#123a63");
            }
            if (step.censored() > 0) {
                svg.titled(
                        "line",
                        "day " + step.day() + ": " + step.censored() + " censored",
                        "class",
                        "km-censored",
                        "x1",
                        px,
                        "x2",
                        px,
                        "y1",
                        py - 6,
                        "y2",
                        py + 6,
                        "stroke",
                        "#123a63",
                        "stroke-width",
                        1.5);
            }
        }
        atRisk(svg, x, lastMonth);
        return svg.end();
    }

    private static double percent(SurvivalStep step) {
        return step.survival().doubleValue() * 100;
    }

    private void steps(Svg svg, PlotAxis x, PlotAxis y, List<double[]> corners, double lastMonth) {
        int n = corners.size();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double end = i + 1 < n ? corners.get(i + 1)[0] : lastMonth;
            xs[2 * i] = x.pixel(corners.get(i)[0]);
            ys[2 * i] = y.pixel(corners.get(i)[1]);
            xs[2 * i + 1] = x.pixel(Math.min(end, lastMonth));
            ys[2 * i + 1] = ys[2 * i];
        }
        svg.polyline(
                xs,
                ys,
                2 * n,
                "id",
                id + "-estimate",
                "class",
                "km-estimate",
                "stroke",
                "#123a63",
                "stroke-width",
                2);
    }

    /** The interval's end as dashed steps, broken where there is none (estimate 1 or 0). */
    private void band(
            Svg svg,
            PlotAxis x,
            PlotAxis y,
            List<double[]> corners,
            double lastMonth,
            String kind) {
        for (int i = 0; i < corners.size(); i++) {
            double value = corners.get(i)[1];
            if (Double.isNaN(value)) {
                continue;
            }
            double end = i + 1 < corners.size() ? corners.get(i + 1)[0] : lastMonth;
            svg.element(
                    "line",
                    "class",
                    "km-interval " + kind,
                    "x1",
                    x.pixel(corners.get(i)[0]),
                    "x2",
                    x.pixel(Math.min(end, lastMonth)),
                    "y1",
                    y.pixel(value),
                    "y2",
                    y.pixel(value),
                    "stroke",
                    "#7a93b0",
                    "stroke-dasharray",
                    "4 3",
                    "stroke-width",
                    1);
        }
    }

    private void grid(Svg svg, PlotAxis x, PlotAxis y) {
        for (double percent : y.ticks()) {
            double py = y.pixel(percent);
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
                    LEFT - 6,
                    py + 4,
                    Svg.number(percent) + " %",
                    "text-anchor",
                    "end",
                    "fill",
                    "#5b6675");
        }
        for (double month : x.ticks()) {
            double px = x.pixel(month);
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
                    px,
                    BOTTOM + 16,
                    Svg.number(month) + " mo",
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
        svg.text(
                RIGHT,
                BOTTOM + 32,
                "months since the operation",
                "text-anchor",
                "end",
                "fill",
                "#5b6675");
    }

    private void atRisk(Svg svg, PlotAxis x, double lastMonth) {
        double baseline = BOTTOM + 62;
        svg.text(LEFT - 6, baseline, "at risk", "text-anchor", "end", "fill", "#5b6675");
        for (int month = 0; month <= lastMonth; month += 6) {
            svg.text(
                    x.pixel(month),
                    baseline,
                    Integer.toString(curve.atRiskAt(StudyTimeScale.day(month))),
                    "text-anchor",
                    "middle",
                    "class",
                    "km-at-risk",
                    "data-month",
                    month);
        }
    }
}
