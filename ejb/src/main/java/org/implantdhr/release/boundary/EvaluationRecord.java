package org.implantdhr.release.boundary;

import org.implantdhr.release.entity.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evaluation as others read it (the API, the certificate): versions, snapshot hash, verdict, findings. */
public record EvaluationRecord(long id, String implantSerial, Instant evaluatedAt, String evaluatedBy,
                               LocalDate releaseDate, String specificationCode, String specificationVersion,
                               String ruleSetVersion, String factsSha256, String evidenceFingerprint, Verdict verdict,
                               List<FindingRecord> findings) {
}
