package org.implantdhr.platform.control;

import java.math.BigDecimal;

/** The interval a kind of quantity can physically take; each bound open or closed. */
public record Range(BigDecimal min, boolean minIncluded, BigDecimal max, boolean maxIncluded) {

    public static Bound from(String min) {
        return new Bound(new BigDecimal(min), true);
    }

    public static Bound above(String min) {
        return new Bound(new BigDecimal(min), false);
    }

    public boolean contains(BigDecimal value) {
        int low = value.compareTo(min);
        int high = value.compareTo(max);
        return (minIncluded ? low >= 0 : low > 0) && (maxIncluded ? high <= 0 : high < 0);
    }

    @Override
    public String toString() {
        return (minIncluded ? "[" : "(")
                + min.toPlainString()
                + ", "
                + max.toPlainString()
                + (maxIncluded ? "]" : ")");
    }

    /** The lower bound of a range being written. */
    public record Bound(BigDecimal min, boolean included) {
        public Range to(String max) {
            return new Range(min, included, new BigDecimal(max), true);
        }

        public Range below(String max) {
            return new Range(min, included, new BigDecimal(max), false);
        }
    }
}
