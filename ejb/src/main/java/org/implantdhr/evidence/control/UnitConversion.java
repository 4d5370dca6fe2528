package org.implantdhr.evidence.control;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Converts a value, as written, from the unit of a file column to the unit the application keeps.
 * The arithmetic is done in decimal on the written text, so that a conversion by an exact factor
 * ({@code %} to ppm ×10,000, Pa to mbar ×0.01, inch to mm ×25.4, K to °C −273.15) gives the double
 * nearest to the exact result, as if the converted value had been written in the file.
 */
public final class UnitConversion {

    public static final UnitConversion NONE =
            new UnitConversion(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
    public static final UnitConversion FAHRENHEIT_TO_CELSIUS =
            new UnitConversion(new BigDecimal("32"), new BigDecimal("5"), new BigDecimal("9"));
    public static final UnitConversion KELVIN_TO_CELSIUS =
            new UnitConversion(new BigDecimal("273.15"), BigDecimal.ONE, BigDecimal.ONE);

    private final BigDecimal subtract;
    private final BigDecimal multiply;
    private final BigDecimal divide;

    private UnitConversion(BigDecimal subtract, BigDecimal multiply, BigDecimal divide) {
        this.subtract = subtract;
        this.multiply = multiply;
        this.divide = divide;
    }

    /** Multiplication by an exact decimal factor, such as {@code "25.4"} or {@code "10000"}. */
    public static UnitConversion times(String factor) {
        return new UnitConversion(BigDecimal.ZERO, new BigDecimal(factor), BigDecimal.ONE);
    }

    /**
     * @param text the value as written, already accepted by {@link DecimalText}
     * @param value {@code text} as parsed, returned as is when there is nothing to convert
     */
    public double apply(String text, double value) {
        if (this == NONE) {
            return value;
        }
        BigDecimal converted = new BigDecimal(text).subtract(subtract).multiply(multiply);
        if (divide.compareTo(BigDecimal.ONE) != 0) {
            converted = converted.divide(divide, MathContext.DECIMAL128);
        }
        return converted.doubleValue();
    }
}
