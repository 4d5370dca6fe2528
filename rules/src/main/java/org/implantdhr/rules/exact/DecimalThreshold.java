package org.implantdhr.rules.exact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A decimal bound that logged readings are compared with exactly. A reading arrives as a {@code
 * double} holding the logger's decimal text ({@code BigDecimal.valueOf(reading)} gives that text
 * back); the reading is compared as that decimal, never as a binary fraction. The fast path is
 * exact too: rounding decimal to double is monotone, so a reading whose double differs from the
 * bound's nearest double lies on the same side of the bound as its decimal; only a reading equal to
 * that nearest double needs the decimal comparison.
 */
public final class DecimalThreshold {

    private final BigDecimal value;
    private final double nearest;

    public DecimalThreshold(BigDecimal value) {
        this.value = Objects.requireNonNull(value, "value");
        this.nearest = value.doubleValue();
    }

    public BigDecimal value() {
        return value;
    }

    /** The sign of (the reading's decimal − the bound). */
    public int compare(double reading) {
        if (reading != nearest) {
            return reading < nearest ? -1 : 1;
        }
        return BigDecimal.valueOf(reading).compareTo(value);
    }

    public boolean isBelow(double reading) {
        return compare(reading) > 0;
    }
}
