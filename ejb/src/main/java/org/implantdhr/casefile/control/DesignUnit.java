package org.implantdhr.casefile.control;

/**
 * The length unit the coordinates of a design file are in. STL files carry no unit (ISO/ASTM 52901
 * §4.3.2), so the person who uploads one declares it.
 */
public enum DesignUnit {
    MILLIMETRE(1.0),
    INCH(25.4);

    private final double millimetres;

    DesignUnit(double millimetres) {
        this.millimetres = millimetres;
    }

    /** How many millimetres one unit is (exactly). */
    public double millimetres() {
        return millimetres;
    }
}
