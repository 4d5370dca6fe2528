package org.implantdhr.rules.furnace;

import java.util.Objects;

/**
 * The raw furnace chart, every sample: {@code loadThermocouplesC[tc][sample]} in °C, and either
 * {@code vacuumMbar[sample]} or {@code dewPointC[sample]} (the other null). {@code doorOpenEpochSecond} null means
 * the door opened at the last sample.
 */
public record FurnaceTrace(long[] epochSeconds, double[][] loadThermocouplesC, double[] vacuumMbar,
                           double[] dewPointC, Long doorOpenEpochSecond) {

    public FurnaceTrace {
        Objects.requireNonNull(epochSeconds, "epochSeconds");
        Objects.requireNonNull(loadThermocouplesC, "loadThermocouplesC");
        if (epochSeconds.length == 0 || loadThermocouplesC.length == 0) {
            throw new IllegalArgumentException("A furnace trace needs at least one sample and one load thermocouple");
        }
        for (double[] tc : loadThermocouplesC) {
            requireLength(tc, epochSeconds.length, "load thermocouple");
        }
        if (vacuumMbar != null) {
            requireLength(vacuumMbar, epochSeconds.length, "vacuum");
        }
        if (dewPointC != null) {
            requireLength(dewPointC, epochSeconds.length, "dew point");
        }
        for (int i = 1; i < epochSeconds.length; i++) {
            if (epochSeconds[i] <= epochSeconds[i - 1]) {
                throw new IllegalArgumentException("Furnace samples must be strictly increasing in time (sample " + i + ")");
            }
        }
    }

    private static void requireLength(double[] values, int length, String what) {
        if (values.length != length) {
            throw new IllegalArgumentException("The " + what + " series has " + values.length
                    + " samples, the time series " + length);
        }
    }

    public int sampleCount() {
        return epochSeconds.length;
    }
}
