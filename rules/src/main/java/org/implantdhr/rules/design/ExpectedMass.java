package org.implantdhr.rules.design;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Expected mass = design volume × density, and the measured mass's deviation from it in percent (DES-MASS).
 * Both are null when the volume or the measured mass is absent.
 */
public record ExpectedMass(BigDecimal expectedG, BigDecimal measuredG, BigDecimal deviationPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ExpectedMass of(BigDecimal volumeCm3, BigDecimal densityGPerCm3, BigDecimal measuredG) {
        BigDecimal expected = volumeCm3 == null ? null : volumeCm3.multiply(densityGPerCm3);
        BigDecimal deviation = expected == null || measuredG == null || expected.signum() == 0 ? null
                : measuredG.subtract(expected).multiply(HUNDRED).divide(expected, 4, RoundingMode.UP);
        return new ExpectedMass(expected, measuredG, deviation);
    }
}
