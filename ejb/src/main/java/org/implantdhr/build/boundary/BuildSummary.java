package org.implantdhr.build.boundary;

import java.util.List;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.Coupon;

/** A build with the business keys of what it refers to in other components, for showing it. */
public record BuildSummary(
        Build build,
        String powderBatch,
        String operator,
        String programmer,
        List<String> implants,
        List<Coupon> coupons,
        int layerRows) {}
