package org.implantdhr.platform.control;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Brings a reported quantity into the unit the record keeps. Only exact conversions are made (ppm
 * to wt %, mm to µm, kg/m³ to g/cm³, K to °C); anything else is refused with the units that would
 * be accepted, because a silently mis-scaled value in a release record is worse than a rejected
 * one.
 *
 * <p>This is also the one place where each kind of quantity says which values it can physically
 * take and how many decimals the record keeps: the ranges are chosen so that every value in them
 * fits each database column of that kind (e.g. mass in NUMERIC(18,8), wt% in NUMERIC(8,4)/(8,5)),
 * so that a value outside is a 422 naming the field, never a database error.
 */
public enum Units {

    // kind                  record unit  accepted units and their decimal shift
    // physical range of the record  decimals kept
    MASS_FRACTION_PCT(
            "wt%", Map.of("wt%", 0, "wt %", 0, "%", 0, "ppm", -4), Range.from("0").to("100"), 5),
    MICROMETRE(
            "µm", Map.of("µm", 0, "um", 0, "micron", 0, "mm", 3), Range.above("0").to("10000"), 2),
    MILLIMETRE("mm", Map.of("mm", 0, "µm", -3, "um", -3), Range.above("0").to("100"), 3),
    SECONDS_PER_50G("s/50g", Map.of("s/50g", 0, "s/50 g", 0), Range.above("0").to("1000"), 2),
    GRAMS_PER_CM3(
            "g/cm3",
            Map.of("g/cm3", 0, "g/cm³", 0, "g/cc", 0, "kg/m3", -3, "kg/m³", -3),
            Range.above("0").to("25"),
            3),
    MEGAPASCAL("MPa", Map.of("MPa", 0, "N/mm2", 0, "N/mm²", 0), Range.from("0").to("5000"), 1),
    PERCENT("%", Map.of("%", 0), Range.from("0").to("100"), 3),
    // the measured mass is kept as weighed (NUMERIC(18,8), Implant.MASS_SCALE): rounding it could
    // pass DES-MASS
    GRAM("g", Map.of("g", 0, "kg", 3), Range.above("0").below("10000"), 8),
    ENDOTOXIN_UNITS("EU", Map.of("EU", 0, "EU/device", 0), Range.from("0").to("99999"), 3),
    MILLIGRAM("mg", Map.of("mg", 0, "g", 3, "µg", -3, "ug", -3), Range.from("0").to("99999"), 3),
    DEGREE_CELSIUS("°C", Map.of("°C", 0, "C", 0, "degC", 0), Range.from("-273.15").to("3000"), 2),
    WATT("W", Map.of("W", 0, "kW", 3), Range.above("0").to("10000"), 1),
    MILLIMETRE_PER_SECOND("mm/s", Map.of("mm/s", 0, "m/s", 3), Range.above("0").to("100000"), 1);

    private final String canonical;
    private final Map<String, Integer> decimalShiftByUnit;
    private final Range range;
    private final int decimals;

    Units(String canonical, Map<String, Integer> decimalShiftByUnit, Range range, int decimals) {
        this.canonical = canonical;
        this.decimalShiftByUnit = decimalShiftByUnit;
        this.range = range;
        this.decimals = decimals;
    }

    /**
     * The value in this unit, or null when the quantity is absent (absent evidence is judged
     * MISSING later).
     */
    public BigDecimal convert(Quantity quantity, String field) {
        if (quantity == null) {
            return null;
        }
        if (quantity.value() == null) {
            throw new InvalidRequestException(field, field + " has a unit but no value");
        }
        if (quantity.unit() == null || quantity.unit().isBlank()) {
            throw new InvalidRequestException(
                    field, field + " has no unit; give it in " + canonical);
        }
        Integer shift = decimalShiftByUnit.get(quantity.unit().strip());
        if (shift == null) {
            shift = decimalShiftByUnit.get(quantity.unit().strip().toLowerCase(Locale.ROOT));
        }
        if (shift == null) {
            throw new InvalidRequestException(
                    field,
                    "'"
                            + quantity.unit()
                            + "' is not a unit for "
                            + field
                            + "; use one of "
                            + decimalShiftByUnit.keySet().stream().sorted().toList());
        }
        BigDecimal value = quantity.value();
        if (value.precision() - value.scale() > 15 || value.scale() > 20) {
            // the JSON reader already refuses such numbers; this guards every other caller before
            // any arithmetic
            throw new InvalidRequestException(
                    field,
                    field + " " + echo(value) + " is not a plausible " + canonical + " value");
        }
        BigDecimal converted = value.movePointRight(shift);
        if (!range.contains(converted)) {
            throw new InvalidRequestException(
                    field,
                    field
                            + " "
                            + echo(value)
                            + " "
                            + quantity.unit().strip()
                            + " is outside "
                            + range
                            + " "
                            + canonical);
        }
        if (converted.stripTrailingZeros().scale() > decimals) {
            throw new InvalidRequestException(
                    field,
                    field
                            + " "
                            + echo(value)
                            + " "
                            + quantity.unit().strip()
                            + " has more decimals than the record keeps ("
                            + decimals
                            + " in "
                            + canonical
                            + ")");
        }
        return converted;
    }

    private static String echo(BigDecimal value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /**
     * The values a quantity of this kind can physically take (and its database columns can hold).
     */
    public Range range() {
        return range;
    }

    public String canonical() {
        return canonical;
    }

    public Quantity of(BigDecimal value) {
        return value == null ? null : new Quantity(value, canonical);
    }
}
