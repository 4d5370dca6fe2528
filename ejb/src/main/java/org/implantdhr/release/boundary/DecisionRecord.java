package org.implantdhr.release.boundary;

import java.time.Instant;
import org.implantdhr.release.entity.Decision;

/**
 * A release or rejection as others read it.
 *
 * @param signatureManifestation printed name, time with zone and meaning of the release signature;
 *     null for a rejection
 * @param content the canonical JSON whose SHA-256 is decisionSha256 (for a release: what was
 *     signed)
 */
public record DecisionRecord(
        long id,
        String implantSerial,
        Long evaluationId,
        Decision decision,
        String reason,
        Instant decidedAt,
        String decidedBy,
        String decisionSha256,
        String signatureManifestation,
        String content) {}
