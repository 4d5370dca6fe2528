package org.implantdhr.rules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.implantdhr.rules.facts.PowderLot;
import org.implantdhr.rules.facts.ReleaseFacts;

/**
 * REC-TRACE: every production record is present and linked to the next (powder → build → HT → ...
 * ).
 */
public final class Traceability {

    private Traceability() {}

    public static Assessment assess(ReleaseFacts f) {
        List<String> gaps = new ArrayList<>();
        if (f.powderLots().isEmpty()) {
            gaps.add("no powder lot");
        }
        requireLink(gaps, f.powderBatch(), "powder batch");
        requireLink(gaps, f.build(), "build");
        requireLink(gaps, f.heatTreatment(), "heat-treatment run");
        requireLink(gaps, f.machining(), "machining");
        requireLink(gaps, f.cleaning(), "cleaning run");
        requireLink(gaps, f.dimensionalInspection(), "dimensional inspection");
        requireLink(gaps, f.componentLot(), "component lot");
        if (f.powderBatch() != null) {
            for (PowderLot lot : f.powderLots()) {
                if (!f.powderBatch().lotNumbers().contains(lot.lotNumber())) {
                    gaps.add(
                            "powder lot "
                                    + lot.lotNumber()
                                    + " not in batch "
                                    + f.powderBatch().batchId());
                }
            }
            if (f.build() != null
                    && !Objects.equals(f.build().powderBatchId(), f.powderBatch().batchId())) {
                gaps.add(
                        "build "
                                + f.build().buildId()
                                + " used batch "
                                + f.build().powderBatchId()
                                + ", not "
                                + f.powderBatch().batchId());
            }
        }
        if (f.build() != null
                && f.heatTreatment() != null
                && !Objects.equals(f.heatTreatment().buildId(), f.build().buildId())) {
            gaps.add(
                    "heat-treatment run "
                            + f.heatTreatment().runId()
                            + " is for build "
                            + f.heatTreatment().buildId());
        }
        return gaps.isEmpty()
                ? Assessment.met("all links present")
                : Assessment.notMet(gaps.size() + " gap(s)", String.join("; ", gaps));
    }

    private static void requireLink(List<String> gaps, Object record, String name) {
        if (record == null) {
            gaps.add("no " + name + " linked");
        }
    }
}
