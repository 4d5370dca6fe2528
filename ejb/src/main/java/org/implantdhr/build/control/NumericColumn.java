package org.implantdhr.build.control;

import java.math.BigDecimal;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * Refuses a value that a NUMERIC(precision, scale) column would round or reject: a chemistry result
 * silently rounded by the database could change the verdict of a rule that rounds to the limit's
 * decimals. Every quantity of this component is a magnitude, so a negative one is refused too.
 */
public final class NumericColumn {

    private NumericColumn() {}

    public static BigDecimal fit(BigDecimal value, int precision, int scale, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new InvalidRequestException(field, field + " cannot be negative");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > scale) {
            throw new InvalidRequestException(
                    field,
                    field
                            + " "
                            + value.toPlainString()
                            + " has more than "
                            + scale
                            + " decimal places");
        }
        if (plain.precision() - plain.scale() > precision - scale) {
            throw new InvalidRequestException(
                    field, field + " " + value.toPlainString() + " is too large");
        }
        return value;
    }
}
