package org.implantdhr.build.boundary;

import java.util.List;
import java.util.Map;

/**
 * A build as it is set up: the references are business keys (asset id, parameter-set name and
 * version, batch number, user names, implant serial numbers), resolved when the build is recorded.
 * {@code designHashes} names, per placed implant, the SHA-256 of the design its part of the build
 * file was made from.
 */
public record BuildPlan(
        String buildNumber,
        String machine,
        String parameterSetName,
        String parameterSetVersion,
        String powderBatch,
        String operator,
        String programmer,
        String buildPlateId,
        String shieldingGas,
        String designSha256,
        List<String> implants,
        Map<String, String> designHashes,
        List<PlannedCoupon> coupons) {

    /** A witness coupon placed on the plate, and what it will be tested for. */
    public record PlannedCoupon(String couponCode, String purpose) {}

    public BuildPlan {
        implants = implants == null ? List.of() : List.copyOf(implants);
        designHashes = designHashes == null ? Map.of() : Map.copyOf(designHashes);
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
    }
}
