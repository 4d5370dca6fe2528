package org.implantdhr.rules.facts;

/** What a witness coupon is built for. */
public enum CouponType {
    TENSILE,
    /** Chemistry and density coupon. */
    CHEMISTRY
}
