package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.util.Map;

/** A witness coupon with its test results; chemistry by element symbol in wt %. */
public record Coupon(
        String couponId,
        CouponType type,
        String buildId,
        String heatTreatmentRunId,
        BigDecimal utsMpa,
        BigDecimal yieldMpa,
        BigDecimal elongationPercent,
        BigDecimal reductionOfAreaPercent,
        Map<String, BigDecimal> chemistryWtPercent,
        BigDecimal relativeDensityPercent,
        String testedBy) {
    public Coupon {
        chemistryWtPercent = chemistryWtPercent == null ? Map.of() : Map.copyOf(chemistryWtPercent);
    }
}
