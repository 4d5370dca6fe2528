package org.implantdhr.rules.criteria;

import java.math.BigDecimal;
import org.implantdhr.rules.facts.Coupon;

/** CPN-TENSILE: the coupon result named by a limit's parameter. */
public final class TensileResults {

    private TensileResults() {}

    public static BigDecimal value(Coupon coupon, String parameter) {
        return switch (parameter) {
            case "uts" -> coupon.utsMpa();
            case "yield" -> coupon.yieldMpa();
            case "elongation" -> coupon.elongationPercent();
            case "reduction_of_area" -> coupon.reductionOfAreaPercent();
            default -> throw new IllegalArgumentException("Unknown tensile parameter " + parameter);
        };
    }
}
