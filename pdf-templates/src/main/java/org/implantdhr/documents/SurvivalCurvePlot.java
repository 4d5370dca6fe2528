package org.implantdhr.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The Kaplan–Meier curve as vector graphics: the estimate as a step line, its confidence interval
 * as dashed steps, a vertical tick where a patient was censored, and the numbers at risk in a row
 * under the time axis (a curve read without them overstates what a few patients say).
 */
final class SurvivalCurvePlot implements Block {

    private static final Color CURVE = new Color(0x12, 0x3A, 0x63);
    private static final Color BAND = new Color(0x7A, 0x93, 0xB0);
    private static final Color GRID = new Color(0xDD, 0xE1, 0xE6);
    private static final float LEFT_AXIS = 34;
    private static final float RIGHT_PAD = 8;
    private static final float TOP_PAD = 8;
    private static final float X_LABELS = 14;

    private final SurvivalPlot plot;
    private final float height;
    private final String caption;
    private final Typography typography;

    SurvivalCurvePlot(SurvivalPlot plot, float height, String caption, Typography typography) {
        this.plot = plot;
        this.height = height;
        this.caption = caption;
        this.typography = typography;
    }

    @Override
    public float height(float width) {
        return height
                + 2 * typography.small().leading()
                + captionLines(width).size() * typography.small().leading()
                + 6;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float left = x + LEFT_AXIS;
        float plotWidth = width - LEFT_AXIS - RIGHT_PAD;
        float bottom = top - height + X_LABELS;
        float plotHeight = height - TOP_PAD - X_LABELS;
        TextStyle label = typography.small();
        for (int tenth = 0; tenth <= 10; tenth += 2) {
            float y = bottom + plotHeight * tenth / 10f;
            canvas.line(left, y, left + plotWidth, y, GRID, 0.4f);
            canvas.textRight(tenth * 10 + " %", label, left - 3, y - label.size() / 3);
        }
        int monthStep = plot.lastMonth() > 24 ? 12 : 6;
        for (int month = 0; month <= plot.lastMonth() + 1e-9; month += monthStep) {
            float px = left + (float) (month / plot.lastMonth()) * plotWidth;
            canvas.line(px, bottom, px, bottom + plotHeight, GRID, 0.4f);
            String text = month + " mo";
            canvas.text(text, label, px - label.width(text) / 2, bottom - label.size() - 3);
        }
        canvas.stream().setLineDashPattern(new float[] {2, 2}, 0);
        stepLine(canvas, left, bottom, plotWidth, plotHeight, BAND, 0.6f, true);
        stepLine(canvas, left, bottom, plotWidth, plotHeight, BAND, 0.6f, false);
        canvas.stream().setLineDashPattern(new float[] {}, 0);
        stepLine(canvas, left, bottom, plotWidth, plotHeight, CURVE, 1.2f, null);
        for (SurvivalPlot.Mark mark : plot.censored()) {
            float px = left + (float) (mark.month() / plot.lastMonth()) * plotWidth;
            float py = bottom + (float) mark.survival() * plotHeight;
            canvas.line(px, py - 3, px, py + 3, CURVE, 0.8f);
        }
        canvas.frame(left, bottom, plotWidth, plotHeight, Typography.MUTED, 0.6f);
        float riskBaseline = bottom - X_LABELS - label.leading();
        canvas.textRight("at risk", label, left - 10, riskBaseline);
        for (SurvivalPlot.AtRisk risk : plot.atRisk()) {
            float px = left + (float) (risk.month() / plot.lastMonth()) * plotWidth;
            String text = Integer.toString(risk.patients());
            canvas.text(text, label, px - label.width(text) / 2, riskBaseline);
        }
        canvas.lines(captionLines(width), label, left, riskBaseline - label.leading());
    }

    /** The estimate (which = null), or the lower (true) or upper (false) end of its interval. */
    private void stepLine(
            Canvas canvas,
            float left,
            float bottom,
            float plotWidth,
            float plotHeight,
            Color color,
            float lineWidth,
            Boolean which)
            throws IOException {
        List<SurvivalPlot.Step> steps = plot.steps();
        boolean drawing = false;
        var stream = canvas.stream();
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        for (int i = 0; i < steps.size(); i++) {
            SurvivalPlot.Step step = steps.get(i);
            Double value =
                    which == null
                            ? Double.valueOf(step.survival())
                            : which ? step.lower() : step.upper();
            double end =
                    i + 1 < steps.size()
                            ? steps.get(i + 1).month()
                            : Math.min(plot.followedUntilMonth(), plot.lastMonth());
            float x0 = left + (float) (step.month() / plot.lastMonth()) * plotWidth;
            float x1 =
                    left + (float) (Math.min(end, plot.lastMonth()) / plot.lastMonth()) * plotWidth;
            if (value == null) {
                if (drawing) {
                    stream.stroke();
                    drawing = false;
                }
                continue;
            }
            float y = bottom + value.floatValue() * plotHeight;
            if (drawing) {
                stream.lineTo(x0, y);
            } else {
                stream.moveTo(x0, y);
                drawing = true;
            }
            stream.lineTo(x1, y);
        }
        if (drawing) {
            stream.stroke();
        }
    }

    private List<String> captionLines(float width) {
        return caption.isEmpty()
                ? List.of()
                : LineBreaker.lines(caption, typography.small(), width - LEFT_AXIS);
    }
}
