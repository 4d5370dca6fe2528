package org.implantdhr.outcome.control;

import java.math.BigDecimal;

/**
 * k of n patients, with its percentage rounded against the device: a share where more is better
 * (improved, disease-free) is rounded down, a share where more is worse (adverse events) up, so
 * that no shown figure is better than the count.
 */
public record Share(long count, long of, boolean moreIsBetter) {

    public static Share good(long count, long of) {
        return new Share(count, of, true);
    }

    public static Share bad(long count, long of) {
        return new Share(count, of, false);
    }

    /** The percentage to one decimal, rounded against the device; null when n is 0. */
    public BigDecimal percent() {
        if (of == 0) {
            return null;
        }
        Rational percent = Rational.of(count * 100, of);
        return moreIsBetter ? percent.floor(1) : percent.ceiling(1);
    }

    /** "3 of 8 (37.5 %)". */
    public String text() {
        return count + " of " + of + (of == 0 ? "" : " (" + percent().toPlainString() + " %)");
    }
}
