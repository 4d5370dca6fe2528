package org.implantdhr.rules.furnace;

import java.util.Objects;

/**
 * The raw furnace chart, every sample: {@code loadThermocouplesC[tc][sample]} in °C, and either
 * {@code vacuumMbar[sample]} or {@code dewPointC[sample]} (the other null), readings as the
 * logger's decimals; times in milliseconds since the epoch, as logged. {@code doorOpenEpochMilli}
 * null means the door opened at the last sample.
 */
public record FurnaceTrace(
        long[] epochMillis,
        double[][] loadThermocouplesC,
        double[] vacuumMbar,
        double[] dewPointC,
        Long doorOpenEpochMilli) {

    public FurnaceTrace {
        Objects.requireNonNull(epochMillis, "epochMillis");
        Objects.requireNonNull(loadThermocouplesC, "loadThermocouplesC");
        if (epochMillis.length == 0 || loadThermocouplesC.length == 0) {
            throw new IllegalArgumentException(
                    "A furnace trace needs at least one sample and one load thermocouple");
        }
        for (double[] tc : loadThermocouplesC) {
            requireLength(tc, epochMillis.length, "load thermocouple");
        }
        if (vacuumMbar != null) {
            requireLength(vacuumMbar, epochMillis.length, "vacuum");
        }
        if (dewPointC != null) {
            requireLength(dewPointC, epochMillis.length, "dew point");
        }
        for (int i = 1; i < epochMillis.length; i++) {
            if (epochMillis[i] <= epochMillis[i - 1]) {
                throw new IllegalArgumentException(
                        "Furnace samples must be strictly increasing in time (sample " + i + ")");
            }
        }
    }

    private static void requireLength(double[] values, int length, String what) {
        if (values.length != length) {
            throw new IllegalArgumentException(
                    "The "
                            + what
                            + " series has "
                            + values.length
                            + " samples, the time series "
                            + length);
        }
    }

    public int sampleCount() {
        return epochMillis.length;
    }
}
