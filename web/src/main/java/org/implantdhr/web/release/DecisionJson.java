package org.implantdhr.web.release;

import java.time.Instant;
import org.implantdhr.release.boundary.DecisionRecord;

/**
 * A release (with its signature manifestation and signed hash) or a rejection (with its reason);
 * {@code content} is the canonical JSON that {@code decisionSha256} is the SHA-256 of.
 */
public record DecisionJson(
        long id,
        String implantSerial,
        Long evaluationId,
        String decision,
        String reason,
        Instant decidedAt,
        String decidedBy,
        String decisionSha256,
        String signature,
        String content) {

    public static DecisionJson of(DecisionRecord d) {
        return new DecisionJson(
                d.id(),
                d.implantSerial(),
                d.evaluationId(),
                d.decision().name(),
                d.reason(),
                d.decidedAt(),
                d.decidedBy(),
                d.decisionSha256(),
                d.signatureManifestation(),
                d.content());
    }
}
