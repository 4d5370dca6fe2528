package org.implantdhr.web.build;

import java.util.List;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.CouponResult;

/** A witness coupon: its build, purpose, heat-treatment run (id) and laboratory results. */
public record CouponJson(
        String couponCode,
        String build,
        String purpose,
        Long heatTreatmentRunId,
        List<CouponResultJson> results) {

    static CouponJson of(Coupon c, List<CouponResult> results) {
        return new CouponJson(
                c.couponCode(),
                c.build().buildNumber(),
                c.purpose().name(),
                c.heatTreatmentRunId(),
                results.stream().map(CouponResultJson::of).toList());
    }
}
