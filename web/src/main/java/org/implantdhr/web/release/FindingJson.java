package org.implantdhr.web.release;

import java.time.Instant;
import org.implantdhr.release.boundary.FindingRecord;

/** A finding with the sentence QA reads; {@code acknowledgement} only for an acknowledged WARN. */
public record FindingJson(
        long id,
        int seq,
        String checkId,
        String subject,
        String outcome,
        String measured,
        String limit,
        String comparison,
        String evidence,
        String sentence,
        AcknowledgementJson acknowledgement) {

    public record AcknowledgementJson(String by, String comment, Instant at) {}

    public static FindingJson of(FindingRecord f) {
        var a = f.acknowledgement();
        return new FindingJson(
                f.id(),
                f.seq(),
                f.checkId(),
                f.subject(),
                f.outcome().name(),
                f.measured(),
                f.limit(),
                f.comparison(),
                f.evidence(),
                f.sentence(),
                a == null ? null : new AcknowledgementJson(a.by(), a.comment(), a.at()));
    }
}
