package org.implantdhr.rules.vigilance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * P(X ≥ k) for X ~ Poisson(λ) with λ = numerator / denominator, compared with a bound exactly:
 * every term of the series is carried as an interval (rounded down and up at 60 significant digits)
 * and the infinite tail is bounded by a geometric series, until the interval lies on one side of
 * the bound. Where it cannot be decided (p within about 10^-50 of the bound), it answers "below",
 * the side that flags a signal for review.
 */
final class PoissonTail {

    private static final MathContext DOWN = new MathContext(60, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(60, RoundingMode.CEILING);
    private static final int MAX_TERMS = 100_000;

    private PoissonTail() {}

    /** Whether P(X ≥ k) < bound (0 < bound < 1). */
    static boolean below(int k, long numerator, long denominator, BigDecimal bound) {
        if (k <= 0) {
            return false; // P(X ≥ 0) = 1
        }
        if (numerator == 0) {
            return true; // λ = 0: P(X ≥ k) = 0 for k ≥ 1
        }
        BigDecimal num = BigDecimal.valueOf(numerator);
        BigDecimal den = BigDecimal.valueOf(denominator);
        BigDecimal lambdaUp = num.divide(den, UP);
        // head = Σ_{i<k} λ^i/i!, tail = Σ_{i≥k} λ^i/i!; p = tail / (head + tail) < bound ⇔
        // tail·(1−bound) < head·bound
        BigDecimal termLo = BigDecimal.ONE;
        BigDecimal termHi = BigDecimal.ONE;
        BigDecimal headLo = BigDecimal.ZERO;
        BigDecimal headHi = BigDecimal.ZERO;
        for (int i = 0; i < k; i++) {
            headLo = headLo.add(termLo, DOWN);
            headHi = headHi.add(termHi, UP);
            termLo =
                    termLo.multiply(num, DOWN)
                            .divide(den.multiply(BigDecimal.valueOf(i + 1)), DOWN);
            termHi = termHi.multiply(num, UP).divide(den.multiply(BigDecimal.valueOf(i + 1)), UP);
        }
        BigDecimal complement = BigDecimal.ONE.subtract(bound);
        BigDecimal tailLo = BigDecimal.ZERO;
        BigDecimal tailHi = BigDecimal.ZERO;
        for (int i = k; i < k + MAX_TERMS; i++) {
            tailLo = tailLo.add(termLo, DOWN);
            tailHi = tailHi.add(termHi, UP);
            termLo =
                    termLo.multiply(num, DOWN)
                            .divide(den.multiply(BigDecimal.valueOf(i + 1)), DOWN);
            termHi = termHi.multiply(num, UP).divide(den.multiply(BigDecimal.valueOf(i + 1)), UP);
            // the terms after i: each at most λ/(i+2) times the one before, so their sum is at most
            // term_{i+1} / (1 − λ/(i+2)) once λ < i+2
            BigDecimal next = BigDecimal.valueOf(i + 2);
            if (lambdaUp.compareTo(next) < 0) {
                BigDecimal remainderHi =
                        termHi.multiply(next, UP).divide(next.subtract(lambdaUp, DOWN), UP);
                BigDecimal upper = tailHi.add(remainderHi, UP);
                if (upper.multiply(complement, UP).compareTo(headLo.multiply(bound, DOWN)) < 0) {
                    return true;
                }
                if (tailLo.multiply(complement, DOWN).compareTo(headHi.multiply(bound, UP)) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * P(X ≥ k) for reading, to three significant digits: the tail summed term by term in log space
     * (double precision suffices for reading, and summing the tail keeps small probabilities).
     */
    static BigDecimal approximately(int k, long numerator, long denominator) {
        if (k <= 0) {
            return BigDecimal.ONE;
        }
        if (numerator == 0) {
            return BigDecimal.ZERO;
        }
        double lambda = (double) numerator / denominator;
        double logLambda = Math.log(lambda);
        double logTerm = -lambda; // log of P(X = 0)
        for (int i = 1; i <= k; i++) {
            logTerm += logLambda - Math.log(i);
        }
        double tail = 0;
        for (int i = k; i < k + MAX_TERMS; i++) {
            double term = Math.exp(logTerm);
            tail += term;
            if (i > lambda && term < tail * 1e-17) {
                break;
            }
            logTerm += logLambda - Math.log(i + 1);
        }
        return new BigDecimal(Math.min(1, tail)).round(new MathContext(3, RoundingMode.HALF_EVEN));
    }
}
