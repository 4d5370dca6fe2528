package org.implantdhr.build.entity;

/** What a witness coupon is built for. */
public enum CouponPurpose {
    TENSILE,
    CHEMISTRY,
    DENSITY
}
