package org.implantdhr.followup.entity;

import java.math.BigDecimal;

/**
 * The unit a pain VAS was read in: centimetres on a 10 cm line, or millimetres on a 100 mm line.
 * The value is kept in the unit it was read in; a change between them is exact (×10).
 */
public enum VasUnit {
    CM(new BigDecimal("10"), 1),
    MM(new BigDecimal("100"), 0);

    private final BigDecimal maximum;

    /**
     * Decimal places a reading keeps: a tenth of a centimetre is a millimetre, the line's grain.
     */
    private final int scale;

    VasUnit(BigDecimal maximum, int scale) {
        this.maximum = maximum;
        this.scale = scale;
    }

    public BigDecimal maximum() {
        return maximum;
    }

    public int scale() {
        return scale;
    }

    /** The same reading in centimetres (exact: mm / 10). */
    public BigDecimal inCentimetres(BigDecimal value) {
        return this == CM ? value : value.movePointLeft(1);
    }
}
