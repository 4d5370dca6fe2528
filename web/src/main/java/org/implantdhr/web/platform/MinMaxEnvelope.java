package org.implantdhr.web.platform;

/**
 * Downsamples a long series for drawing: the x range is cut into columns, and each column keeps its
 * lowest and highest reading in the order they occurred. Peaks and dips stay visible (a spike of
 * one sample is not averaged away), and a trace of 30,000 samples becomes at most two points per
 * column.
 */
public final class MinMaxEnvelope {

    private final double[] xs;
    private final double[] ys;
    private final int size;

    private MinMaxEnvelope(double[] xs, double[] ys, int size) {
        this.xs = xs;
        this.ys = ys;
        this.size = size;
    }

    /**
     * @param x ascending
     */
    public static MinMaxEnvelope of(double[] x, double[] y, int columns) {
        int n = Math.min(x.length, y.length);
        if (n <= 2L * columns) {
            return new MinMaxEnvelope(x.clone(), y.clone(), n);
        }
        double[] xs = new double[2 * columns + 2];
        double[] ys = new double[2 * columns + 2];
        int size = 0;
        double first = x[0];
        double width = (x[n - 1] - first) / columns;
        int i = 0;
        while (i < n) {
            int column =
                    width > 0 ? (int) Math.min(columns - 1, Math.floor((x[i] - first) / width)) : 0;
            int low = i;
            int high = i;
            int j = i;
            while (j < n
                    && (width > 0
                                    ? (int)
                                            Math.min(
                                                    columns - 1, Math.floor((x[j] - first) / width))
                                    : 0)
                            == column) {
                if (y[j] < y[low]) {
                    low = j;
                }
                if (y[j] > y[high]) {
                    high = j;
                }
                j++;
            }
            int a = Math.min(low, high);
            int b = Math.max(low, high);
            xs[size] = x[a];
            ys[size++] = y[a];
            if (b != a) {
                xs[size] = x[b];
                ys[size++] = y[b];
            }
            i = j;
        }
        return new MinMaxEnvelope(xs, ys, size);
    }

    public double[] xs() {
        return xs;
    }

    public double[] ys() {
        return ys;
    }

    public int size() {
        return size;
    }
}
