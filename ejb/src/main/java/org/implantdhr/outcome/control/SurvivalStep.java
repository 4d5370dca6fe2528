package org.implantdhr.outcome.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * One distinct follow-up time of a Kaplan–Meier table: how many were at risk just before it, how
 * many had an event and how many were censored there, and the estimate just after it.
 *
 * @param survival S(t), exact
 * @param greenwoodSum Σ d/(n(n−d)) over the event times up to t, exact; null once S has reached 0
 *     (the variance is then undefined)
 */
public record SurvivalStep(
        long day, int atRisk, int events, int censored, Rational survival, Rational greenwoodSum) {

    /**
     * Greenwood's standard error S·√sum, rounded up (a wider error never flatters), to six places;
     * empty where it is undefined.
     */
    public Optional<BigDecimal> standardError() {
        if (greenwoodSum == null || survival.isZero()) {
            return Optional.empty();
        }
        // S²·sum is exact; its square root is rounded up after the exact product.
        Rational exact = survival.times(survival).times(greenwoodSum);
        BigDecimal variance =
                new BigDecimal(exact.numerator())
                        .divide(new BigDecimal(exact.denominator()), MathContext.DECIMAL128);
        BigDecimal root = variance.sqrt(MathContext.DECIMAL128);
        return Optional.of(root.setScale(6, java.math.RoundingMode.CEILING));
    }

    public Optional<ConfidenceInterval> confidenceInterval() {
        return LogLogInterval.of(survival, greenwoodSum);
    }
}
