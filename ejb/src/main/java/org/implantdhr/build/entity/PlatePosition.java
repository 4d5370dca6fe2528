package org.implantdhr.build.entity;

import java.math.BigDecimal;

/**
 * Where a part stands on its build plate, as the build job file gives it: x and y of the part's
 * reference point in mm from the plate origin, exactly as recorded, and the job's own name for the
 * part or its slot (optional).
 */
public record PlatePosition(BigDecimal x, BigDecimal y, String label) {

    /** Decimal places of a millimetre kept (a micrometre): more are refused, never rounded. */
    public static final int SCALE = 3;

    /** What a page or trace shows for an implant placed before positions were recorded. */
    public static final String NOT_RECORDED = "not recorded";

    /** "x 45.0 mm, y 82.5 mm (slot P3)". */
    public String text() {
        return "x "
                + millimetres(x)
                + " mm, y "
                + millimetres(y)
                + " mm"
                + (label == null ? "" : " (" + label + ")");
    }

    /** The position's text, or "not recorded" when the implant has none (null x or y). */
    public static String text(BigDecimal x, BigDecimal y, String label) {
        return x == null || y == null ? NOT_RECORDED : new PlatePosition(x, y, label).text();
    }

    /**
     * The exact value without the zeros a NUMERIC column pads it with, and at least one decimal
     * (45.000 → "45.0", 82.125 → "82.125"): nothing rounded.
     */
    public static String millimetres(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 1 ? plain.setScale(1) : plain).toPlainString();
    }
}
