package org.implantdhr.web.platform;

/**
 * A linear axis from data values to pixels, widened to round tick values (1, 2, 2.5 or 5 times a
 * power of ten) so that the grid lines fall on numbers a person reads at a glance.
 */
public record PlotAxis(double min, double max, double step, double fromPixel, double toPixel) {

    /**
     * An axis over [low, high] with about {@code ticks} intervals, drawn from one pixel to the
     * other.
     */
    public static PlotAxis over(
            double low, double high, int ticks, double fromPixel, double toPixel) {
        if (!(high > low)) {
            double pad = Math.abs(low) > 0 ? Math.abs(low) * 0.05 : 1;
            low -= pad;
            high += pad;
        }
        double step = niceStep((high - low) / Math.max(1, ticks));
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        return new PlotAxis(min, max, step, fromPixel, toPixel);
    }

    /**
     * An axis exactly over [low, high] with the given tick step (for time, where the ends are the
     * data's).
     */
    public static PlotAxis exact(
            double low, double high, double step, double fromPixel, double toPixel) {
        return new PlotAxis(low, high > low ? high : low + 1, step, fromPixel, toPixel);
    }

    public static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** Signed: negative when pixels grow the other way than values (a vertical axis). */
    public double pixelsPerUnit() {
        return (toPixel - fromPixel) / (max - min);
    }

    public double value(double pixel) {
        return min + (pixel - fromPixel) / pixelsPerUnit();
    }

    public double pixel(double value) {
        return fromPixel + (value - min) / (max - min) * (toPixel - fromPixel);
    }

    /** The tick values from the first multiple of the step at or above min, up to max. */
    public double[] ticks() {
        double first = Math.ceil(min / step - 1e-9) * step;
        int count = (int) Math.floor((max - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(0, Math.min(count, 200))];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }
}
