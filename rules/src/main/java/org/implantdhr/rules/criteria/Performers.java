package org.implantdhr.rules.criteria;

import java.util.ArrayList;
import java.util.List;
import org.implantdhr.rules.facts.Coupon;
import org.implantdhr.rules.facts.PowderLot;
import org.implantdhr.rules.facts.ReleaseFacts;

/** REC-PEOPLE: who performed each inspection and test is recorded. */
public final class Performers {

    private Performers() {}

    public static Assessment assess(ReleaseFacts f) {
        List<String> unknown = new ArrayList<>();
        for (PowderLot lot : f.powderLots()) {
            check(unknown, lot.testedBy(), "incoming test of powder lot " + lot.lotNumber());
        }
        if (f.powderBatch() != null && f.powderBatch().inHouseOxygenWtPercent() != null) {
            check(
                    unknown,
                    f.powderBatch().oxygenTestedBy(),
                    "oxygen test of batch " + f.powderBatch().batchId());
        }
        for (Coupon coupon : f.coupons()) {
            check(unknown, coupon.testedBy(), "test of coupon " + coupon.couponId());
        }
        if (f.visualInspection() != null) {
            check(unknown, f.visualInspection().inspectorId(), "visual inspection");
        }
        if (f.cleaning() != null) {
            check(unknown, f.cleaning().testedBy(), "cleanliness tests");
        }
        if (f.dimensionalInspection() != null) {
            check(unknown, f.dimensionalInspection().inspectorId(), "dimensional inspection");
        }
        return unknown.isEmpty()
                ? Assessment.met("every performer recorded")
                : Assessment.notMet(
                        unknown.size() + " without performer",
                        "no performer for " + String.join(", ", unknown));
    }

    private static void check(List<String> unknown, String who, String what) {
        if (who == null || who.isBlank()) {
            unknown.add(what);
        }
    }
}
