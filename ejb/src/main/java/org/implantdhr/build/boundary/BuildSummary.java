package org.implantdhr.build.boundary;

import java.util.List;
import java.util.Map;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.PlatePosition;

/**
 * A build with the business keys of what it refers to in other components, for showing it; {@code
 * platePositions} has the placed implants whose position was recorded (builds before V350 have
 * none).
 */
public record BuildSummary(
        Build build,
        String powderBatch,
        String operator,
        String programmer,
        List<String> implants,
        Map<String, PlatePosition> platePositions,
        List<Coupon> coupons,
        int layerRows) {

    /** The plate position of a placed implant as a person reads it, or "not recorded". */
    public String platePositionOf(String serial) {
        PlatePosition p = platePositions.get(serial);
        return p == null ? PlatePosition.NOT_RECORDED : p.text();
    }
}
