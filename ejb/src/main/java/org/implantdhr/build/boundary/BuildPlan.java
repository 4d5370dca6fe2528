package org.implantdhr.build.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.build.entity.PlatePosition;

/**
 * A build as it is set up: the references are business keys (asset id, parameter-set name and
 * version, batch number, user names, implant serial numbers), resolved when the build is recorded.
 * {@code designHashes} names, per placed implant, the SHA-256 of the design its part of the build
 * file was made from; {@code platePositions}, per placed implant, where it stands on the plate as
 * the build job file gives it (required for every placed implant, see {@code PlateLayout}).
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
        Map<String, PlatePosition> platePositions,
        List<PlannedCoupon> coupons) {

    /** A witness coupon placed on the plate, and what it will be tested for. */
    public record PlannedCoupon(String couponCode, String purpose) {}

    public BuildPlan {
        implants = implants == null ? List.of() : List.copyOf(implants);
        designHashes = designHashes == null ? Map.of() : Map.copyOf(designHashes);
        platePositions = platePositions == null ? Map.of() : nonNullKeys(platePositions);
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
    }

    /** A position given as null is one not given (the layout check names it). */
    private static Map<String, PlatePosition> nonNullKeys(Map<String, PlatePosition> positions) {
        var copy = new LinkedHashMap<String, PlatePosition>();
        positions.forEach(
                (serial, p) -> {
                    if (serial != null && p != null) {
                        copy.put(serial, p);
                    }
                });
        return Map.copyOf(copy);
    }
}
