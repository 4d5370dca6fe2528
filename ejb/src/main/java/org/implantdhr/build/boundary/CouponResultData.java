package org.implantdhr.build.boundary;

import org.implantdhr.build.entity.CouponMeasurements;

import java.time.LocalDate;

/** A laboratory's result for one coupon, values already in the units the record keeps. */
public record CouponResultData(String testStandard, String laboratory, LocalDate testedOn, String testedBy,
                               CouponMeasurements measurements) {
}
