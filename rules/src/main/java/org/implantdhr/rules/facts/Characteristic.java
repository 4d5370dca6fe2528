package org.implantdhr.rules.facts;

import java.math.BigDecimal;

/** One measured characteristic (QIF); {@code status} is the QIF status (PASS, FAIL, REWORK ...). */
public record Characteristic(
        String name,
        CharacteristicKind kind,
        BigDecimal nominalMm,
        BigDecimal toleranceMm,
        BigDecimal measuredMm,
        String status,
        boolean critical) {

    /** |measured − nominal|, or null when either is absent. */
    public BigDecimal deviationMm() {
        return measuredMm == null || nominalMm == null
                ? null
                : measuredMm.subtract(nominalMm).abs();
    }
}
