package org.implantdhr.casefile.control;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The float32 coordinates of a binary STL as integers on one binary grid: every finite float is m ×
 * 2^e with an integer m of at most 24 bits, so with {@code base} the smallest e in the file each
 * coordinate is the integer m × 2^(e − base), and the volume's triple products are exact integer
 * products in units of 2^(3 × base). Binary integer products are several times faster than
 * BigDecimal ones, whose decimal expansions of binary fractions run to twenty digits and more
 * (measured: about 3×). Coordinates of very different magnitudes (100 mm beside a 10⁻¹⁵ rounding
 * residue) only make the integers longer.
 */
final class FloatGrid {

    private final int base;

    private FloatGrid(int base) {
        this.base = base;
    }

    /**
     * The grid of floats whose smallest exponent ({@link #exponent}) is given; MAX_VALUE if all are
     * zero.
     */
    static FloatGrid of(int smallestExponent) {
        return new FloatGrid(smallestExponent == Integer.MAX_VALUE ? 0 : smallestExponent);
    }

    /**
     * The e of a finite non-zero float f = m × 2^e (m a 24-bit integer); Integer.MIN_VALUE for
     * zero.
     */
    static int exponent(float f) {
        int bits = Float.floatToRawIntBits(f);
        if ((bits & 0x7FFFFFFF) == 0) {
            return Integer.MIN_VALUE;
        }
        int biased = (bits >>> 23) & 0xFF;
        return biased == 0 ? -149 : biased - 150;
    }

    /** f / 2^base, exactly; f must be finite and lie on the grid (its exponent at least base). */
    BigInteger integer(float f) {
        int bits = Float.floatToRawIntBits(f);
        if ((bits & 0x7FFFFFFF) == 0) {
            return BigInteger.ZERO;
        }
        int shift = exponent(f) - base;
        if (shift < 0 || !Float.isFinite(f)) {
            throw new IllegalArgumentException(f + " is not on the grid 2^" + base);
        }
        int biased = (bits >>> 23) & 0xFF;
        long mantissa = biased == 0 ? bits & 0x7FFFFF : (bits & 0x7FFFFF) | 0x800000;
        BigInteger value = BigInteger.valueOf(bits < 0 ? -mantissa : mantissa);
        return shift == 0 ? value : value.shiftLeft(shift);
    }

    /** An integer in units of 2^(3 × base) as the exact decimal it is. */
    BigDecimal cubed(BigInteger units) {
        int exponent = 3 * base;
        if (exponent >= 0) {
            return new BigDecimal(units.shiftLeft(exponent));
        }
        // n / 2^k = n × 5^k / 10^k
        return new BigDecimal(units.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }
}
