package org.implantdhr.web.specification;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.specification.boundary.LimitChange;

/**
 * One limit of a draft as the editor shows it: each field a limit change of the API can carry
 * (bounds, whether each bound is strict, comparison method, text value, description) as typed, next
 * to what is stored. Only what differs from the stored limit is sent; an emptied bound removes it.
 * The unit is shown, not edited: the rules compare in the unit the evidence is recorded in and
 * never convert a limit (see {@code LimitRevision}). Problems found while reading the row name the
 * input, e.g. {@code lower} or {@code upper-bound}.
 */
public final class LimitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Choices of a bound's strictness: the bound itself passes, or only values beyond it. */
    static final String INCLUSIVE = "inclusive";

    static final String STRICT = "strict";

    private final String checkId;
    private final String parameter;
    private final String unit;
    private final String shown;
    private final boolean numeric;
    private final boolean textual;
    private final String storedLower;
    private final String storedUpper;
    private final boolean storedLowerStrict;
    private final boolean storedUpperStrict;
    private final String storedComparison;
    private final String storedText;
    private final String storedDescription;
    private String lower;
    private String upper;
    private String lowerBound;
    private String upperBound;
    private String comparison;
    private String text;
    private String description;

    LimitRow(Limit limit) {
        checkId = limit.checkId();
        parameter = limit.parameter();
        unit = limit.unit();
        numeric = limit.isNumeric();
        textual = !numeric && limit.textValue() != null;
        shown =
                numeric && limit.comparison() == Comparison.ROUNDED
                        ? limit.text() + " (rounded)"
                        : limit.text();
        storedLower = limit.lower() == null ? "" : limit.lower().toPlainString();
        storedUpper = limit.upper() == null ? "" : limit.upper().toPlainString();
        storedLowerStrict = limit.lowerStrict();
        storedUpperStrict = limit.upperStrict();
        storedComparison = limit.comparison().name();
        storedText = limit.textValue() == null ? "" : limit.textValue();
        storedDescription = limit.description();
        lower = storedLower;
        upper = storedUpper;
        lowerBound = storedLowerStrict ? STRICT : INCLUSIVE;
        upperBound = storedUpperStrict ? STRICT : INCLUSIVE;
        comparison = storedComparison;
        text = storedText;
        description = storedDescription;
    }

    /**
     * The change this row asks for, if any; input that cannot be read is refused naming the input.
     */
    Optional<LimitChange> change() {
        String l = trimmed(lower), u = trimmed(upper), t = trimmed(text), d = trimmed(description);
        boolean lowerChanged = numeric && !l.equals(storedLower);
        boolean upperChanged = numeric && !u.equals(storedUpper);
        Boolean lowerStrict =
                numeric
                        ? strictness(lowerBound, l, storedLower, storedLowerStrict, "lower-bound")
                        : null;
        Boolean upperStrict =
                numeric
                        ? strictness(upperBound, u, storedUpper, storedUpperStrict, "upper-bound")
                        : null;
        Comparison method =
                numeric && !storedComparison.equals(comparison) ? comparison(comparison) : null;
        boolean textChanged = textual && !t.equals(storedText);
        boolean descriptionChanged = !d.equals(storedDescription);
        if (!lowerChanged
                && !upperChanged
                && lowerStrict == null
                && upperStrict == null
                && method == null
                && !textChanged
                && !descriptionChanged) {
            return Optional.empty();
        }
        return Optional.of(
                new LimitChange(
                        checkId,
                        parameter,
                        lowerChanged ? Optional.ofNullable(decimal(l, "lower")) : null,
                        lowerStrict,
                        upperChanged ? Optional.ofNullable(decimal(u, "upper")) : null,
                        upperStrict,
                        method,
                        null,
                        textChanged ? Optional.ofNullable(t.isEmpty() ? null : t) : null,
                        descriptionChanged ? d : null));
    }

    /**
     * The strictness to send, or null to keep the stored one. A bound that is removed stops being
     * strict, so that no invisible strictness stays behind in the signed content; "strictly"
     * without a bound is refused.
     */
    private static Boolean strictness(
            String choice, String bound, String storedBound, boolean stored, String input) {
        boolean strict = STRICT.equals(choice);
        if (bound.isEmpty()) {
            if (strict && !stored) {
                throw new InvalidRequestException(
                        input, "Only a bound can be strict: enter its value too");
            }
            return stored && !storedBound.isEmpty() ? Boolean.FALSE : null;
        }
        return strict == stored ? null : strict;
    }

    private static Comparison comparison(String name) {
        try {
            return Comparison.valueOf(trimmed(name));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("comparison", "Choose ABSOLUTE or ROUNDED");
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static BigDecimal decimal(String value, String input) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    input, "'" + value + "' is not a number such as 0.13");
        }
    }

    public String getCheckId() {
        return checkId;
    }

    public String getParameter() {
        return parameter;
    }

    public String getUnit() {
        return unit;
    }

    /** The limit as stored, as a person reads it. */
    public String getShown() {
        return shown;
    }

    public boolean isNumeric() {
        return numeric;
    }

    public boolean isTextual() {
        return textual;
    }

    public String getLower() {
        return lower;
    }

    public void setLower(String lower) {
        this.lower = lower;
    }

    public String getUpper() {
        return upper;
    }

    public void setUpper(String upper) {
        this.upper = upper;
    }

    public String getLowerBound() {
        return lowerBound;
    }

    public void setLowerBound(String lowerBound) {
        this.lowerBound = lowerBound;
    }

    public String getUpperBound() {
        return upperBound;
    }

    public void setUpperBound(String upperBound) {
        this.upperBound = upperBound;
    }

    public String getComparison() {
        return comparison;
    }

    public void setComparison(String comparison) {
        this.comparison = comparison;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
