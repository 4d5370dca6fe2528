package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.util.List;

/** The powder batch loaded into the machine for the build. */
public record PowderBatch(
        String batchId,
        PowderBatchType type,
        String virginToUsedRatio,
        Integer reuseCount,
        BigDecimal inHouseOxygenWtPercent,
        String oxygenTestedBy,
        List<String> lotNumbers) {
    public PowderBatch {
        lotNumbers = lotNumbers == null ? List.of() : List.copyOf(lotNumbers);
    }
}
