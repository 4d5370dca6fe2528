package org.implantdhr.specification.control;

import java.math.BigDecimal;
import java.util.Optional;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.specification.boundary.LimitChange;

/**
 * Applies a change to a limit and checks that the result is still a limit the rules can apply: a
 * numeric limit keeps at least one bound and an admissible range, a limit given as a number stays a
 * number, a criterion that has no bounds gets none, and the unit stays the one the rules compare
 * in. Problems name the request field, e.g. {@code changes[2].lower}.
 */
public final class LimitRevision {

    private static final int MAX_DECIMAL_PLACES = 10;
    private static final int MAX_TEXT = 200;

    private LimitRevision() {}

    public static Limit apply(Limit base, LimitChange change, String location) {
        BigDecimal lower = bound(base.lower(), change.lower(), location + ".lower");
        BigDecimal upper = bound(base.upper(), change.upper(), location + ".upper");
        boolean lowerStrict =
                change.lowerStrict() == null ? base.lowerStrict() : change.lowerStrict();
        boolean upperStrict =
                change.upperStrict() == null ? base.upperStrict() : change.upperStrict();
        Comparison comparison =
                change.comparison() == null ? base.comparison() : change.comparison();
        String unit = unit(base, change.unit(), location + ".unit");
        String textValue =
                change.textValue() == null
                        ? base.textValue()
                        : change.textValue()
                                .map(t -> text(null, t, location + ".textValue"))
                                .orElse(null);
        String description =
                text(base.description(), change.description(), location + ".description");
        if (description.isEmpty() && !base.description().isEmpty()) {
            // a criterion is nothing but its description; every limit is read by people through it
            throw new InvalidRequestException(
                    location + ".description",
                    "Say what the limit checks; " + "the description cannot be emptied");
        }
        keepKind(base, lower, upper, textValue, location);
        checkRange(lower, lowerStrict, upper, upperStrict, location);
        return new Limit(
                base.checkId(),
                base.parameter(),
                lower,
                lowerStrict,
                upper,
                upperStrict,
                comparison,
                unit,
                textValue,
                description);
    }

    private static BigDecimal bound(
            BigDecimal current, Optional<BigDecimal> change, String location) {
        if (change == null) {
            return current;
        }
        BigDecimal value = change.orElse(null);
        if (value != null && Math.max(value.scale(), 0) > MAX_DECIMAL_PLACES) {
            throw new InvalidRequestException(
                    location, "A limit has at most " + MAX_DECIMAL_PLACES + " decimal places");
        }
        return value;
    }

    private static String text(String current, String change, String location) {
        if (change == null) {
            return current;
        }
        if (change.strip().length() > MAX_TEXT) {
            throw new InvalidRequestException(location, "At most " + MAX_TEXT + " characters");
        }
        return change.strip();
    }

    /**
     * The rules never convert a limit: evidence is brought into one unit per quantity when it is
     * recorded ({@code Units}, the file parsers), and its number is compared with the bound as it
     * stands. Another unit would only relabel the bound ("0.13 ppm" judged against wt %), so the
     * unit of a limit cannot change; to tighten or loosen a limit, change its bounds.
     */
    private static String unit(Limit base, String change, String location) {
        if (change == null || change.strip().equals(base.unit())) {
            return base.unit();
        }
        throw new InvalidRequestException(
                location,
                base.checkId()
                        + "/"
                        + base.parameter()
                        + " is compared in "
                        + (base.unit().isEmpty() ? "no unit" : base.unit())
                        + ", the unit its evidence is recorded in; the "
                        + "rules do not convert a limit, so its unit cannot change (change the bounds instead)");
    }

    private static void keepKind(
            Limit base, BigDecimal lower, BigDecimal upper, String textValue, String location) {
        boolean numeric = lower != null || upper != null;
        if (base.isNumeric() && !numeric) {
            throw new InvalidRequestException(
                    location + ".upper",
                    base.checkId()
                            + "/"
                            + base.parameter()
                            + " is a numeric limit: it keeps a lower or an upper bound");
        }
        if (!base.isNumeric() && numeric) {
            throw new InvalidRequestException(
                    location + ".lower",
                    base.checkId()
                            + "/"
                            + base.parameter()
                            + " has no numeric bounds; only its text value or description can change");
        }
        if (base.textValue() != null && (textValue == null || textValue.isEmpty())) {
            throw new InvalidRequestException(
                    location + ".textValue",
                    base.checkId() + "/" + base.parameter() + " is given as a value: it keeps one");
        }
        if (isNumber(base.textValue()) && !isNumber(textValue)) {
            throw new InvalidRequestException(
                    location + ".textValue",
                    base.checkId()
                            + "/"
                            + base.parameter()
                            + " is a number, e.g. "
                            + base.textValue()
                            + "; '"
                            + textValue
                            + "' is not");
        }
    }

    private static void checkRange(
            BigDecimal lower,
            boolean lowerStrict,
            BigDecimal upper,
            boolean upperStrict,
            String location) {
        if (lower == null || upper == null) {
            return;
        }
        int c = lower.compareTo(upper);
        if (c > 0 || c == 0 && (lowerStrict || upperStrict)) {
            throw new InvalidRequestException(
                    location + ".lower",
                    "The lower limit "
                            + lower.toPlainString()
                            + " is above the upper limit "
                            + upper.toPlainString()
                            + ": no value could pass");
        }
    }

    private static boolean isNumber(String text) {
        if (text == null) {
            return false;
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
