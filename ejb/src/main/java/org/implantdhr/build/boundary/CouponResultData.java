package org.implantdhr.build.boundary;

import java.time.LocalDate;
import org.implantdhr.build.entity.CouponMeasurements;

/** A laboratory's result for one coupon, values already in the units the record keeps. */
public record CouponResultData(
        String testStandard,
        String laboratory,
        LocalDate testedOn,
        String testedBy,
        CouponMeasurements measurements) {}
