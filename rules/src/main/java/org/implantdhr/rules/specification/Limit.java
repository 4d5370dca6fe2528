package org.implantdhr.rules.specification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One parameter of one check of a specification: a numeric range (either bound optional, inclusive
 * unless strict), a text value (e.g. the required gas) or only the criterion's description.
 */
public record Limit(
        String checkId,
        String parameter,
        BigDecimal lower,
        boolean lowerStrict,
        BigDecimal upper,
        boolean upperStrict,
        Comparison comparison,
        String unit,
        String textValue,
        String description) {

    public Limit {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(parameter, "parameter");
        comparison = comparison == null ? Comparison.ABSOLUTE : comparison;
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    public boolean isNumeric() {
        return lower != null || upper != null;
    }

    /**
     * The value that is compared with the bounds: rounded to each bound's scale when the method is
     * ROUNDED.
     */
    public BigDecimal comparedValue(BigDecimal observed, BigDecimal bound) {
        if (comparison == Comparison.ROUNDED && bound != null) {
            return observed.setScale(bound.scale(), RoundingMode.HALF_EVEN);
        }
        return observed;
    }

    public boolean admits(BigDecimal observed) {
        Objects.requireNonNull(observed, "observed");
        if (!isNumeric()) {
            throw new IllegalStateException(checkId + "/" + parameter + " has no numeric bound");
        }
        return satisfiesLower(comparedValue(observed, lower))
                && satisfiesUpper(comparedValue(observed, upper));
    }

    private boolean satisfiesLower(BigDecimal value) {
        if (lower == null) {
            return true;
        }
        int c = value.compareTo(lower);
        return lowerStrict ? c > 0 : c >= 0;
    }

    private boolean satisfiesUpper(BigDecimal value) {
        if (upper == null) {
            return true;
        }
        int c = value.compareTo(upper);
        return upperStrict ? c < 0 : c <= 0;
    }

    /** A constant given as text (e.g. a density or window length), read as a number. */
    public BigDecimal number() {
        if (textValue == null || textValue.isBlank()) {
            throw new IllegalStateException(checkId + "/" + parameter + " has no value");
        }
        return new BigDecimal(textValue.trim());
    }

    /**
     * The limit as a QA person reads it, e.g. "≤ 0.13 wt%", "790 – 810 °C", "< 1.0 mm", "ARGON".
     */
    public String text() {
        if (!isNumeric()) {
            return textValue == null || textValue.isBlank() ? description : textValue;
        }
        String suffix = unit.isEmpty() ? "" : " " + unit;
        if (lower != null && upper != null) {
            if (!lowerStrict && !upperStrict) {
                return lower.compareTo(upper) == 0
                        ? "= " + lower.toPlainString() + suffix
                        : lower.toPlainString() + " – " + upper.toPlainString() + suffix;
            }
            return (lowerStrict ? "> " : "≥ ")
                    + lower.toPlainString()
                    + " and "
                    + (upperStrict ? "< " : "≤ ")
                    + upper.toPlainString()
                    + suffix;
        }
        if (upper != null) {
            return (upperStrict ? "< " : "≤ ") + upper.toPlainString() + suffix;
        }
        return (lowerStrict ? "> " : "≥ ") + lower.toPlainString() + suffix;
    }
}
