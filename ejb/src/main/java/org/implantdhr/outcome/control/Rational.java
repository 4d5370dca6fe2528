package org.implantdhr.outcome.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction in lowest terms. Survival estimates, Greenwood sums and shares are products and
 * sums of counts, so they are kept exact and only rounded when shown, in the direction the caller
 * names (never the favourable one).
 */
public record Rational(BigInteger numerator, BigInteger denominator)
        implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    public Rational {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a fraction needs a positive denominator");
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
    }

    public static Rational of(long numerator, long denominator) {
        return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public Rational plus(Rational other) {
        return new Rational(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational minus(Rational other) {
        return plus(new Rational(other.numerator.negate(), other.denominator));
    }

    public Rational times(Rational other) {
        return new Rational(
                numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    /** Closest double; only for quantities that are irrational anyway (square roots, logs). */
    public double doubleValue() {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    /** The largest decimal with {@code scale} places not above the value. */
    public BigDecimal floor(int scale) {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), scale, RoundingMode.FLOOR);
    }

    /** The smallest decimal with {@code scale} places not below the value. */
    public BigDecimal ceiling(int scale) {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), scale, RoundingMode.CEILING);
    }

    @Override
    public int compareTo(Rational other) {
        return numerator
                .multiply(other.denominator)
                .compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
