package org.implantdhr.evidence.control;

/**
 * Strict reading of decimal numbers in evidence files: {@code
 * [+-]digits[.digits][(e|E)[+-]digits]}, for example {@code 812.4}, {@code -54}, {@code .5}, {@code
 * 1.2E-05}. Refused, unlike {@link Double#parseDouble}: {@code NaN}, {@code Infinity} in any
 * spelling, hexadecimal, type suffixes ({@code 1d}), thousands separators, decimal commas, and
 * values too large for a double.
 *
 * <p>{@link #parse} returns {@code NaN} for anything it refuses (no accepted text can produce NaN);
 * {@link #problemWith} then says why. Most logger values have at most 15 significant digits and are
 * converted exactly without {@link Double#parseDouble}, which is several times slower.
 */
public final class DecimalText {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    private DecimalText() {}

    /** The value of {@code text}, or {@code NaN} if the text is not an accepted finite decimal. */
    public static double parse(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int exponent = 0;
        boolean exact = true;
        while (i < length && isDigit(text.charAt(i))) {
            int d = text.charAt(i++) - '0';
            digits++;
            if (significant > 0 || d != 0) {
                if (significant < 18) {
                    mantissa = mantissa * 10 + d;
                    significant++;
                } else {
                    exponent++;
                    exact = false;
                }
            }
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                int d = text.charAt(i++) - '0';
                digits++;
                if (significant > 0 || d != 0) {
                    if (significant < 18) {
                        mantissa = mantissa * 10 + d;
                        significant++;
                        exponent--;
                    } else {
                        exact = false;
                    }
                } else {
                    exponent--;
                }
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int exponentDigits = 0;
            int written = 0;
            while (i < length && isDigit(text.charAt(i))) {
                written = Math.min(written * 10 + (text.charAt(i++) - '0'), 100_000);
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != length) {
            return Double.NaN;
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        double value;
        if (exact && significant <= 15 && exponent >= -22 && exponent <= 22) {
            // Both operands are exact doubles, so one IEEE multiplication or division rounds
            // correctly.
            value =
                    exponent >= 0
                            ? mantissa * POWERS_OF_TEN[exponent]
                            : mantissa / POWERS_OF_TEN[-exponent];
            return negative ? -value : value;
        }
        value = Double.parseDouble(text);
        return Double.isInfinite(value) || value == 0 ? Double.NaN : value;
    }

    /** Why {@link #parse} refused {@code text}; call only after it returned NaN. */
    public static String problemWith(String text) {
        if (text.isEmpty()) {
            return "value is missing";
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            return "'" + text + "' is not a finite number (NaN and infinity are not accepted)";
        }
        if (text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return "'" + text + "' is out of the range of a double-precision number";
        }
        if (text.matches("[+-]?\\d+,\\d+")) {
            return "'" + text + "' uses a decimal comma; write a decimal point";
        }
        return "'" + text + "' is not a number";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
