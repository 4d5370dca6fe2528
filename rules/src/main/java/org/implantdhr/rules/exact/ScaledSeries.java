package org.implantdhr.rules.exact;

import java.math.BigDecimal;

/**
 * Logged readings as whole numbers of 10^-scale units, one common scale for all series: the
 * logger's decimals ({@code BigDecimal.valueOf(reading)}) exactly, so that differences and ratios
 * of readings are integer arithmetic. The scale is the smallest at which every reading is a whole
 * number of units.
 */
public record ScaledSeries(long[][] units, int scale) {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9
    };

    /**
     * Below 10^15 a whole number and its decimal have at most 15 significant digits: see {@link
     * #tryScale}.
     */
    private static final double FIFTEEN_DIGITS = 1e15;

    public static ScaledSeries of(double[][] series) {
        for (int scale = 0; scale < POWERS_OF_TEN.length; scale++) {
            long[][] units = tryScale(series, scale);
            if (units != null) {
                return new ScaledSeries(units, scale);
            }
        }
        return exactly(series);
    }

    /**
     * m = round(x·10^k) is the reading's decimal in units when m / 10^k (one correctly rounded
     * division of exact operands) gives x back and |m| < 10^15: two different decimals of at most
     * 15 significant digits never round to the same double, so m·10^-k is then the logger's decimal
     * itself.
     */
    private static long[][] tryScale(double[][] series, int scale) {
        double power = POWERS_OF_TEN[scale];
        long[][] units = new long[series.length][];
        for (int s = 0; s < series.length; s++) {
            double[] readings = series[s];
            long[] u = new long[readings.length];
            for (int i = 0; i < readings.length; i++) {
                double scaled = readings[i] * power;
                if (!(Math.abs(scaled) < FIFTEEN_DIGITS)) {
                    return null;
                }
                long m = (long) Math.rint(scaled);
                if (m / power != readings[i]) {
                    return null;
                }
                u[i] = m;
            }
            units[s] = u;
        }
        return units;
    }

    /**
     * The slow path for readings with more than nine decimals: every reading through its decimal
     * text.
     */
    private static ScaledSeries exactly(double[][] series) {
        int scale = 0;
        for (double[] readings : series) {
            for (double reading : readings) {
                scale = Math.max(scale, BigDecimal.valueOf(reading).scale());
            }
        }
        long[][] units = new long[series.length][];
        for (int s = 0; s < series.length; s++) {
            units[s] = new long[series[s].length];
            for (int i = 0; i < series[s].length; i++) {
                units[s][i] =
                        BigDecimal.valueOf(series[s][i])
                                .setScale(scale)
                                .unscaledValue()
                                .longValueExact();
            }
        }
        return new ScaledSeries(units, scale);
    }

    /** The sign of a·b − c·d, exactly (128-bit products). */
    public static int compareProducts(long a, long b, long c, long d) {
        long high1 = Math.multiplyHigh(a, b);
        long high2 = Math.multiplyHigh(c, d);
        if (high1 != high2) {
            return Long.compare(high1, high2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }
}
