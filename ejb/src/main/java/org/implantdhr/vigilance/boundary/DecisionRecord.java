package org.implantdhr.vigilance.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.implantdhr.vigilance.entity.ReportabilityDecision;

/**
 * A reportability decision as pages and the API show it, with its e-signature's manifestation.
 *
 * @param framework EU_MDR or US_21_CFR_803
 * @param deadline a {@code ReportingDeadline} name when reportable, else null
 * @param contentSha256 the SHA-256 of what was decided, which the signature is bound to
 */
public record DecisionRecord(
        String caseNumber,
        String framework,
        String frameworkLabel,
        boolean reportable,
        String deadline,
        String deadlineSource,
        LocalDate dueOn,
        String reason,
        String decidedBy,
        Instant decidedAt,
        String contentSha256,
        String signature) {

    static DecisionRecord of(String caseNumber, ReportabilityDecision d, String manifestation) {
        return new DecisionRecord(
                caseNumber,
                d.framework().name(),
                d.framework().label(),
                d.reportable(),
                d.deadline() == null ? null : d.deadline().name(),
                d.deadline() == null ? null : d.deadline().source(),
                d.dueOn(),
                d.reason(),
                d.createdBy(),
                d.createdAt(),
                d.contentSha256(),
                manifestation);
    }
}
