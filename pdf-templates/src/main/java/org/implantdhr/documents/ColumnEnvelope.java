package org.implantdhr.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reduces one thermocouple trace to the minimum and maximum of each drawing column, in the order
 * they occurred, so a 30,000-sample trace becomes a few hundred vertices and a one-sample spike
 * still shows.
 */
record ColumnEnvelope(double[] seconds, double[] celsius, int size) {

    static ColumnEnvelope of(long[] epochSeconds, double[] readings, int columns) {
        return ofAll(epochSeconds, new double[][] {readings}, columns).get(0);
    }

    /**
     * Every trace of one chart, which share their timestamps: the column of each sample is worked
     * out once for all traces rather than once per trace.
     */
    static List<ColumnEnvelope> ofAll(long[] epochSeconds, double[][] traces, int columns) {
        long first = epochSeconds[0];
        double span = Math.max(1, epochSeconds[epochSeconds.length - 1] - first);
        int[] columnOf = new int[epochSeconds.length];
        for (int i = 0; i < epochSeconds.length; i++) {
            columnOf[i] = (int) Math.min(columns - 1, (epochSeconds[i] - first) / span * columns);
        }
        List<ColumnEnvelope> envelopes = new ArrayList<>(traces.length);
        for (double[] readings : traces) {
            envelopes.add(reduce(epochSeconds, first, readings, columnOf, columns));
        }
        return envelopes;
    }

    private static ColumnEnvelope reduce(
            long[] epochSeconds, long first, double[] readings, int[] columnOf, int columns) {
        double[] min = new double[columns];
        double[] max = new double[columns];
        int[] minAt = new int[columns];
        int[] maxAt = new int[columns];
        Arrays.fill(minAt, -1);
        for (int i = 0; i < readings.length; i++) {
            int column = columnOf[i];
            double value = readings[i];
            if (Double.isNaN(value)) {
                continue;
            }
            if (minAt[column] < 0) {
                min[column] = value;
                max[column] = value;
                minAt[column] = i;
                maxAt[column] = i;
            } else if (value < min[column]) {
                min[column] = value;
                minAt[column] = i;
            } else if (value > max[column]) {
                max[column] = value;
                maxAt[column] = i;
            }
        }
        return collect(epochSeconds, first, min, max, minAt, maxAt);
    }

    private static ColumnEnvelope collect(
            long[] epochSeconds, long first, double[] min, double[] max, int[] minAt, int[] maxAt) {
        int columns = min.length;
        double[] seconds = new double[columns * 2];
        double[] celsius = new double[columns * 2];
        int size = 0;
        for (int c = 0; c < columns; c++) {
            if (minAt[c] < 0) {
                continue;
            }
            boolean minFirst = minAt[c] <= maxAt[c];
            int firstIndex = minFirst ? minAt[c] : maxAt[c];
            int secondIndex = minFirst ? maxAt[c] : minAt[c];
            seconds[size] = epochSeconds[firstIndex] - first;
            celsius[size++] = minFirst ? min[c] : max[c];
            seconds[size] = epochSeconds[secondIndex] - first;
            celsius[size++] = minFirst ? max[c] : min[c];
        }
        return new ColumnEnvelope(seconds, celsius, size);
    }
}
