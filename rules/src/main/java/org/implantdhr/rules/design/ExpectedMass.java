package org.implantdhr.rules.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.implantdhr.rules.exact.Ratio;
import org.implantdhr.rules.specification.Limit;

/**
 * Expected mass = design volume × density (exact), and the measured mass's deviation from it in
 * percent (DES-MASS). The deviation is a quotient that need not terminate: it is judged exactly and
 * reported toward the side on which it fails the limit, with as many places as that takes (at least
 * four). Both are null when the volume or the measured mass is absent.
 */
public record ExpectedMass(
        BigDecimal expectedG, BigDecimal measuredG, BigDecimal deviationPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int REPORTED_SCALE = 4;

    /** The deviation reported against {@code deviationLimit} (DES-MASS/deviation_percent). */
    public static ExpectedMass of(
            BigDecimal volumeCm3,
            BigDecimal densityGPerCm3,
            BigDecimal measuredG,
            Limit deviationLimit) {
        BigDecimal expected = volumeCm3 == null ? null : volumeCm3.multiply(densityGPerCm3);
        Ratio deviation = deviation(expected, measuredG);
        return new ExpectedMass(
                expected,
                measuredG,
                deviation == null
                        ? null
                        : deviationLimit == null || !deviationLimit.isNumeric()
                                ? deviation.reported(REPORTED_SCALE + 4, RoundingMode.UP)
                                : deviation.reportedAgainst(deviationLimit, REPORTED_SCALE));
    }

    /** (measured − expected) · 100 / expected, exactly; null when it cannot be formed. */
    public static Ratio deviation(BigDecimal expectedG, BigDecimal measuredG) {
        if (expectedG == null || measuredG == null || expectedG.signum() <= 0) {
            return null;
        }
        return new Ratio(measuredG.subtract(expectedG).multiply(HUNDRED), expectedG);
    }
}
