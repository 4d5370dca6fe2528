package org.implantdhr.platform.control;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Brings a reported quantity into the unit the record keeps. Only exact conversions are made (ppm to wt %,
 * mm to µm, kg/m³ to g/cm³, K to °C); anything else is refused with the units that would be accepted, because
 * a silently mis-scaled value in a release record is worse than a rejected one.
 */
public enum Units {

    MASS_FRACTION_PCT("wt%", Map.of("wt%", 0, "wt %", 0, "%", 0, "ppm", -4)),
    MICROMETRE("µm", Map.of("µm", 0, "um", 0, "micron", 0, "mm", 3)),
    MILLIMETRE("mm", Map.of("mm", 0, "µm", -3, "um", -3)),
    SECONDS_PER_50G("s/50g", Map.of("s/50g", 0, "s/50 g", 0)),
    GRAMS_PER_CM3("g/cm3", Map.of("g/cm3", 0, "g/cm³", 0, "g/cc", 0, "kg/m3", -3, "kg/m³", -3)),
    MEGAPASCAL("MPa", Map.of("MPa", 0, "N/mm2", 0, "N/mm²", 0)),
    PERCENT("%", Map.of("%", 0)),
    GRAM("g", Map.of("g", 0, "kg", 3)),
    ENDOTOXIN_UNITS("EU", Map.of("EU", 0, "EU/device", 0)),
    MILLIGRAM("mg", Map.of("mg", 0, "g", 3, "µg", -3, "ug", -3)),
    DEGREE_CELSIUS("°C", Map.of("°C", 0, "C", 0, "degC", 0)),
    WATT("W", Map.of("W", 0, "kW", 3)),
    MILLIMETRE_PER_SECOND("mm/s", Map.of("mm/s", 0, "m/s", 3));

    private final String canonical;
    private final Map<String, Integer> decimalShiftByUnit;

    Units(String canonical, Map<String, Integer> decimalShiftByUnit) {
        this.canonical = canonical;
        this.decimalShiftByUnit = decimalShiftByUnit;
    }

    /** The value in this unit, or null when the quantity is absent (absent evidence is judged MISSING later). */
    public BigDecimal convert(Quantity quantity, String field) {
        if (quantity == null) {
            return null;
        }
        if (quantity.value() == null) {
            throw new InvalidRequestException(field, field + " has a unit but no value");
        }
        if (quantity.unit() == null || quantity.unit().isBlank()) {
            throw new InvalidRequestException(field, field + " has no unit; give it in " + canonical);
        }
        Integer shift = decimalShiftByUnit.get(quantity.unit().strip());
        if (shift == null) {
            shift = decimalShiftByUnit.get(quantity.unit().strip().toLowerCase(Locale.ROOT));
        }
        if (shift == null) {
            throw new InvalidRequestException(field, "'" + quantity.unit() + "' is not a unit for " + field
                    + "; use one of " + decimalShiftByUnit.keySet().stream().sorted().toList());
        }
        return quantity.value().movePointRight(shift);
    }

    public String canonical() {
        return canonical;
    }

    public Quantity of(BigDecimal value) {
        return value == null ? null : new Quantity(value, canonical);
    }
}
