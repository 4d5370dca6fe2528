package org.implantdhr.documents;

import java.util.List;

/**
 * Maps elapsed seconds and °C to page coordinates inside the plot frame, and picks readable tick
 * steps.
 */
record PlotScale(
        float left, float bottom, float width, float height, double seconds, Axis temperature) {

    record Axis(double min, double max, double step) {}

    private static final double[] HOUR_STEPS = {0.25, 0.5, 1, 2, 3, 6, 12, 24, 48};

    float x(double elapsedSeconds) {
        return left + (float) (elapsedSeconds / Math.max(1, seconds) * width);
    }

    float y(double celsius) {
        return bottom
                + (float)
                        ((celsius - temperature.min())
                                / (temperature.max() - temperature.min())
                                * height);
    }

    float right() {
        return left + width;
    }

    float top() {
        return bottom + height;
    }

    /**
     * From the reduced traces: each column keeps its lowest and highest reading, so their extremes
     * are the whole chart's.
     */
    static Axis temperatureAxis(FurnaceCurve curve, List<ColumnEnvelope> envelopes) {
        double low = curve.lowerLimitCelsius();
        double high = curve.upperLimitCelsius();
        for (ColumnEnvelope envelope : envelopes) {
            double[] celsius = envelope.celsius();
            for (int i = 0; i < envelope.size(); i++) {
                low = Math.min(low, celsius[i]);
                high = Math.max(high, celsius[i]);
            }
        }
        double step = high - low > 1000 ? 200 : 100;
        double min = Math.min(0, Math.floor(low / step) * step);
        double max = Math.ceil((high + step * 0.25) / step) * step;
        return new Axis(min, max, step);
    }

    static double hourStep(double seconds) {
        double hours = seconds / 3600;
        for (double step : HOUR_STEPS) {
            if (hours / step <= 12) {
                return step;
            }
        }
        return HOUR_STEPS[HOUR_STEPS.length - 1];
    }
}
