package org.implantdhr.rules;

import java.util.List;

/**
 * The findings of one evaluation (sorted by check id, then subject), the verdict and the versions
 * used.
 */
public record Evaluation(
        List<Finding> findings,
        Verdict verdict,
        String specificationCode,
        String specificationVersion,
        RuleSetVersion ruleSetVersion) {

    public Evaluation {
        findings = List.copyOf(findings);
    }

    public boolean releasable() {
        return verdict.releasable();
    }

    /** FAIL and MISSING findings: each blocks release. */
    public List<Finding> blocking() {
        return findings.stream().filter(f -> f.outcome().blocksRelease()).toList();
    }

    /** WARN findings: the releasing QA person must acknowledge each. */
    public List<Finding> warningsToAcknowledge() {
        return findings.stream().filter(f -> f.outcome() == Outcome.WARN).toList();
    }
}
