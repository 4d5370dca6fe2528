package org.implantdhr.release.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.release.entity.Verdict;

/**
 * An evaluation as others read it (the API, the certificate): versions, snapshot hash, verdict,
 * findings.
 *
 * @param verdict as the rules gave it, stored: NOT_RELEASABLE until the release signature exists
 * @param verdictShown what to show instead: {@code AWAITING_RELEASE_SIGNATURE} while only the
 *     checks judged on the release signature are open (see {@link
 *     org.implantdhr.release.control.ReleaseReadiness})
 */
public record EvaluationRecord(
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
        Verdict verdict,
        String verdictShown,
        List<FindingRecord> findings) {}
