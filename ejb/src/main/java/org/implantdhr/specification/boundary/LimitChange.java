package org.implantdhr.specification.boundary;

import java.math.BigDecimal;
import java.util.Optional;
import org.implantdhr.rules.specification.Comparison;

/**
 * A change of one existing limit (check id and parameter) of a draft. A null component keeps what
 * the limit has; for the bounds and the text value, which may be absent from a limit, {@code
 * Optional.empty()} removes it.
 */
public record LimitChange(
        String checkId,
        String parameter,
        Optional<BigDecimal> lower,
        Boolean lowerStrict,
        Optional<BigDecimal> upper,
        Boolean upperStrict,
        Comparison comparison,
        String unit,
        Optional<String> textValue,
        String description) {

    /** Changes only the bounds: {@code null} here removes a bound. */
    public static LimitChange bounds(
            String checkId, String parameter, BigDecimal lower, BigDecimal upper) {
        return new LimitChange(
                checkId,
                parameter,
                Optional.ofNullable(lower),
                null,
                Optional.ofNullable(upper),
                null,
                null,
                null,
                null,
                null);
    }
}
