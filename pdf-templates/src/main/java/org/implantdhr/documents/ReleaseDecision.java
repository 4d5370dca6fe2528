package org.implantdhr.documents;

import java.util.List;

public record ReleaseDecision(
        String specificationCode,
        String specificationVersion,
        String ruleSetVersion,
        List<CheckOutcome> checks,
        List<Concession> concessions,
        SignatureManifestation signature) {
    public ReleaseDecision {
        checks = List.copyOf(checks);
        concessions = List.copyOf(concessions);
    }
}
