package org.implantdhr.casefile.control;

import java.math.BigDecimal;

/**
 * The length unit the coordinates of a design file are in. STL files carry no unit (ISO/ASTM 52901
 * §4.3.2), so the person who uploads one declares it.
 */
public enum DesignUnit {
    MILLIMETRE("1"),
    INCH("25.4");

    private final BigDecimal exactMillimetres;
    private final double millimetres;

    DesignUnit(String millimetres) {
        this.exactMillimetres = new BigDecimal(millimetres);
        this.millimetres = this.exactMillimetres.doubleValue();
    }

    /** How many millimetres one unit is, exactly (the inch is 25.4 mm by definition). */
    public BigDecimal exactMillimetres() {
        return exactMillimetres;
    }

    /** How many millimetres one unit is, as the nearest double. */
    public double millimetres() {
        return millimetres;
    }
}
