package org.implantdhr.release.boundary;

import org.implantdhr.release.entity.Decision;

import java.time.Instant;

/**
 * A release or rejection as others read it.
 *
 * @param signatureManifestation printed name, time with zone and meaning of the release signature; null for a rejection
 */
public record DecisionRecord(long id, String implantSerial, Long evaluationId, Decision decision, String reason,
                             Instant decidedAt, String decidedBy, String decisionSha256,
                             String signatureManifestation) {
}
