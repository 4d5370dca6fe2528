package org.implantdhr.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The heat-treatment chart as vector graphics: every load thermocouple as a line, the tolerance
 * band shaded over the soak window, the soak window marked, with a legend and caption.
 */
final class FurnaceCurvePlot implements Block {

    private static final Color[] PALETTE = {
        new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28), new Color(0x2C, 0xA0, 0x2C),
        new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B),
        new Color(0xE3, 0x77, 0xC2), new Color(0x17, 0xBE, 0xCF)
    };
    static final Color SOAK_TINT = new Color(0xF3, 0xF0, 0xE0);
    static final Color BAND_TINT = new Color(0xCF, 0xEB, 0xCF);
    static final Color BAND_EDGE = new Color(0x2E, 0x7D, 0x32);
    private static final Color GRID = new Color(0xDD, 0xE1, 0xE6);
    private static final float LEFT_AXIS = 34;
    private static final float RIGHT_PAD = 6;
    private static final float TOP_PAD = 14;
    private static final float X_LABELS = 16;

    private final FurnaceCurve curve;
    private final float height;
    private final String caption;
    private final Typography typography;

    FurnaceCurvePlot(FurnaceCurve curve, float height, String caption, Typography typography) {
        this.curve = curve;
        this.height = height;
        this.caption = caption;
        this.typography = typography;
    }

    @Override
    public float height(float width) {
        return height
                + legendHeight(width)
                + captionLines(width).size() * typography.small().leading()
                + 6;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float plotWidth = width - LEFT_AXIS - RIGHT_PAD;
        // the traces reduced once to two vertices per drawing column; the axis and the lines are
        // drawn from them, not from the full-resolution chart
        List<ColumnEnvelope> envelopes =
                ColumnEnvelope.ofAll(
                        curve.epochSeconds(),
                        curve.loadThermocouples(),
                        Math.max(2, Math.round(plotWidth * 2)));
        PlotScale scale =
                new PlotScale(
                        x + LEFT_AXIS,
                        top - height + X_LABELS,
                        plotWidth,
                        height - TOP_PAD - X_LABELS,
                        curve.lastEpochSecond() - curve.firstEpochSecond(),
                        PlotScale.temperatureAxis(curve, envelopes));
        drawSoakWindow(canvas, scale);
        drawGrid(canvas, scale);
        drawTraces(canvas, scale, envelopes);
        canvas.frame(
                scale.left(),
                scale.bottom(),
                scale.width(),
                scale.height(),
                Typography.MUTED,
                0.6f);
        float legendTop = top - height - 2;
        drawLegend(canvas, x + LEFT_AXIS, legendTop, width - LEFT_AXIS);
        canvas.lines(
                captionLines(width),
                typography.small(),
                x + LEFT_AXIS,
                legendTop - legendHeight(width));
    }

    private void drawSoakWindow(Canvas canvas, PlotScale scale) throws IOException {
        float start = scale.x(curve.soakStartEpochSecond() - curve.firstEpochSecond());
        float end = scale.x(curve.soakEndEpochSecond() - curve.firstEpochSecond());
        canvas.fill(start, scale.bottom(), end - start, scale.height(), SOAK_TINT);
        float lower = scale.y(curve.lowerLimitCelsius());
        float upper = scale.y(curve.upperLimitCelsius());
        canvas.fill(start, lower, end - start, Math.max(0.8f, upper - lower), BAND_TINT);
        canvas.stream().setLineDashPattern(new float[] {3, 2}, 0);
        canvas.line(start, lower, end, lower, BAND_EDGE, 0.5f);
        canvas.line(start, upper, end, upper, BAND_EDGE, 0.5f);
        canvas.line(start, scale.bottom(), start, scale.top(), Typography.MUTED, 0.6f);
        canvas.line(end, scale.bottom(), end, scale.top(), Typography.MUTED, 0.6f);
        canvas.stream().setLineDashPattern(new float[] {}, 0);
        TextStyle label = typography.small();
        String text = "soak " + curve.soakMinutes() + " min";
        canvas.text(text, label, (start + end - label.width(text)) / 2, scale.top() + 3);
    }

    private void drawGrid(Canvas canvas, PlotScale scale) throws IOException {
        TextStyle label = typography.small();
        PlotScale.Axis temperatureAxis = scale.temperature();
        for (double celsius = temperatureAxis.min();
                celsius <= temperatureAxis.max() + 1e-6;
                celsius += temperatureAxis.step()) {
            float y = scale.y(celsius);
            canvas.line(scale.left(), y, scale.right(), y, GRID, 0.4f);
            canvas.textRight(
                    ValueFormat.format(celsius), label, scale.left() - 3, y - label.size() / 3);
        }
        canvas.text("°C", label, scale.left() - 3 - label.width("°C"), scale.top() + 3);
        double hourStep = PlotScale.hourStep(scale.seconds());
        for (double hours = 0; hours * 3600 <= scale.seconds(); hours += hourStep) {
            float x = scale.x(hours * 3600);
            canvas.line(x, scale.bottom(), x, scale.top(), GRID, 0.4f);
            String text = ValueFormat.format(hours) + " h";
            canvas.text(text, label, x - label.width(text) / 2, scale.bottom() - label.size() - 3);
        }
    }

    private void drawTraces(Canvas canvas, PlotScale scale, List<ColumnEnvelope> envelopes)
            throws IOException {
        for (int t = 0; t < envelopes.size(); t++) {
            ColumnEnvelope envelope = envelopes.get(t);
            if (envelope.size() == 0) {
                continue;
            }
            canvas.stream().setStrokingColor(PALETTE[t % PALETTE.length]);
            canvas.stream().setLineWidth(0.6f);
            canvas.stream().moveTo(scale.x(envelope.seconds()[0]), scale.y(envelope.celsius()[0]));
            for (int i = 1; i < envelope.size(); i++) {
                canvas.stream()
                        .lineTo(scale.x(envelope.seconds()[i]), scale.y(envelope.celsius()[i]));
            }
            canvas.stream().stroke();
        }
    }

    private void drawLegend(Canvas canvas, float x, float top, float width) throws IOException {
        TextStyle label = typography.small();
        float baseline = top - label.ascent() - 2;
        float cursor = x;
        List<String> labels = curve.thermocoupleLabels();
        for (int t = 0; t < labels.size(); t++) {
            canvas.line(
                    cursor,
                    baseline + 2.5f,
                    cursor + 12,
                    baseline + 2.5f,
                    PALETTE[t % PALETTE.length],
                    1.5f);
            canvas.text(labels.get(t), label, cursor + 15, baseline);
            cursor += 22 + label.width(labels.get(t));
        }
        String band =
                "tolerance "
                        + ValueFormat.format(curve.lowerLimitCelsius())
                        + "–"
                        + ValueFormat.format(curve.upperLimitCelsius())
                        + " °C";
        canvas.fill(cursor, baseline - 1, 12, 6, BAND_TINT);
        canvas.text(band, label, cursor + 15, baseline);
        cursor += 22 + label.width(band);
        canvas.fill(cursor, baseline - 1, 12, 6, SOAK_TINT);
        canvas.text("soak window", label, cursor + 15, baseline);
    }

    private float legendHeight(float width) {
        return typography.small().leading() + 4;
    }

    private List<String> captionLines(float width) {
        return caption.isEmpty()
                ? List.of()
                : LineBreaker.lines(caption, typography.small(), width - LEFT_AXIS);
    }
}
