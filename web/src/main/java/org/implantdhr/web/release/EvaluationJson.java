package org.implantdhr.web.release;

import org.implantdhr.release.boundary.EvaluationRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evaluation: versions, snapshot hash, verdict and the findings in check order. */
public record EvaluationJson(long id, String implantSerial, Instant evaluatedAt, String evaluatedBy,
                             LocalDate releaseDate, String specificationCode, String specificationVersion,
                             String ruleSetVersion, String factsSha256, String evidenceFingerprint, String verdict,
                             List<FindingJson> findings) {

    public static EvaluationJson of(EvaluationRecord e) {
        return new EvaluationJson(e.id(), e.implantSerial(), e.evaluatedAt(), e.evaluatedBy(), e.releaseDate(),
                e.specificationCode(), e.specificationVersion(), e.ruleSetVersion(), e.factsSha256(),
                e.evidenceFingerprint(), e.verdict().name(), e.findings().stream().map(FindingJson::of).toList());
    }
}
