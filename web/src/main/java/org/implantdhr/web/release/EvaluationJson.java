package org.implantdhr.web.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.release.boundary.EvaluationRecord;

/**
 * An evaluation: versions, snapshot hash, verdict and the findings in check order. {@code verdict}
 * is the stored verdict of the rules (NOT_RELEASABLE until the release signature exists); {@code
 * verdictShown} tells AWAITING_RELEASE_SIGNATURE apart from NOT_RELEASABLE; {@code readiness} is
 * what the release would answer the caller now (null where it is not asked for).
 */
public record EvaluationJson(
        long id,
        String implantSerial,
        Instant evaluatedAt,
        String evaluatedBy,
        LocalDate releaseDate,
        String specificationCode,
        String specificationVersion,
        String ruleSetVersion,
        String factsSha256,
        String evidenceFingerprint,
        String verdict,
        String verdictShown,
        ReadinessJson readiness,
        List<FindingJson> findings) {

    public static EvaluationJson of(EvaluationRecord e) {
        return of(e, null);
    }

    public static EvaluationJson of(EvaluationRecord e, ReadinessJson readiness) {
        return new EvaluationJson(
                e.id(),
                e.implantSerial(),
                e.evaluatedAt(),
                e.evaluatedBy(),
                e.releaseDate(),
                e.specificationCode(),
                e.specificationVersion(),
                e.ruleSetVersion(),
                e.factsSha256(),
                e.evidenceFingerprint(),
                e.verdict().name(),
                e.verdictShown(),
                readiness,
                e.findings().stream().map(FindingJson::of).toList());
    }
}
