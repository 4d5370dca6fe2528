package org.implantdhr.release.boundary;

import java.time.Instant;
import org.implantdhr.release.entity.ReleaseFinding;
import org.implantdhr.release.entity.WarningAcknowledgement;
import org.implantdhr.rules.Outcome;

/**
 * A finding as others read it, with its sentence, and for a WARN the acknowledgement if there is
 * one.
 *
 * @param acknowledgement null unless it is an acknowledged WARN
 */
public record FindingRecord(
        long id,
        int seq,
        String checkId,
        String subject,
        Outcome outcome,
        String measured,
        String limit,
        String comparison,
        String evidence,
        String sentence,
        Acknowledgement acknowledgement) {

    public record Acknowledgement(String by, String comment, Instant at) {}

    static FindingRecord of(ReleaseFinding f, WarningAcknowledgement a) {
        return new FindingRecord(
                f.id(),
                f.seq(),
                f.checkId(),
                f.subject(),
                f.outcome(),
                f.measured(),
                f.limitText(),
                f.comparison().name(),
                f.evidence(),
                f.sentence(),
                a == null ? null : new Acknowledgement(a.createdBy(), a.comment(), a.createdAt()));
    }
}
