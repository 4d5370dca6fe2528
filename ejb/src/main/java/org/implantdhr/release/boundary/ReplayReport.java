package org.implantdhr.release.boundary;

import java.util.List;

/**
 * The stored facts of an evaluation judged again.
 *
 * @param snapshotIntact the stored facts still hash to the stored SHA-256
 * @param identical the findings now are exactly the stored ones
 * @param differences one line per finding present on one side only
 */
public record ReplayReport(
        long evaluationId,
        boolean snapshotIntact,
        String ruleSetVersionThen,
        String ruleSetVersionNow,
        int findingCount,
        boolean identical,
        List<String> differences) {}
