package org.implantdhr.documents;

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

    static Axis temperatureAxis(FurnaceCurve curve) {
        double low = curve.lowerLimitCelsius();
        double high = curve.upperLimitCelsius();
        for (double[] channel : curve.loadThermocouples()) {
            for (double value : channel) {
                if (!Double.isNaN(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
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
