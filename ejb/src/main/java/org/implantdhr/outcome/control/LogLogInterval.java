package org.implantdhr.outcome.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The 95 % interval of a Kaplan–Meier estimate on the log(−log S) scale ("exponential Greenwood", R
 * survival's {@code conf.type = "log-log"}): lower = S^exp(z·σ), upper = S^exp(−z·σ) with σ² =
 * Greenwood sum / (ln S)².
 *
 * <p>Why not the plain Greenwood interval S ± z·S·√sum: with the few dozen patients of this study
 * it leaves [0, 1] (for the research file's table: 0.646–1.104 after the first event, and below 0
 * at 12 months), and cutting it at 0 and 1 hides how uncertain the estimate is. The log-log
 * interval stays inside (0, 1) by construction and keeps its coverage near 95 % at small numbers at
 * risk. There is none where S is 1 (no event yet: ln S = 0) or 0.
 *
 * <p>The powers and logarithms are irrational and computed in double precision (relative error a
 * few units in the last place, about 1e-15); each end is moved outward by 1e-12 before it is
 * rounded outward to {@link #SCALE} places, so that no rounding error can narrow the interval.
 */
public final class LogLogInterval {

    /** The 97.5 % quantile of the standard normal distribution. */
    static final double Z_975 = 1.959963984540054;

    public static final int SCALE = 4;
    private static final double MARGIN = 1e-12;

    private LogLogInterval() {}

    public static Optional<ConfidenceInterval> of(Rational survival, Rational greenwoodSum) {
        if (survival.isZero() || survival.compareTo(Rational.ONE) >= 0 || greenwoodSum == null) {
            return Optional.empty();
        }
        double s = survival.doubleValue();
        double logS = Math.log(s);
        double sigma = Math.sqrt(greenwoodSum.doubleValue()) / Math.abs(logS);
        double lower = Math.pow(s, Math.exp(Z_975 * sigma));
        double upper = Math.pow(s, Math.exp(-Z_975 * sigma));
        return Optional.of(
                new ConfidenceInterval(
                        outward(lower - MARGIN, RoundingMode.FLOOR),
                        outward(upper + MARGIN, RoundingMode.CEILING)));
    }

    private static BigDecimal outward(double value, RoundingMode mode) {
        double clamped = Math.min(1, Math.max(0, value));
        return new BigDecimal(clamped).setScale(SCALE, mode);
    }
}
