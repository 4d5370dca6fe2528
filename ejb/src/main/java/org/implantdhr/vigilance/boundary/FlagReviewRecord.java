package org.implantdhr.vigilance.boundary;

import java.time.Instant;
import org.implantdhr.vigilance.control.FlagSnapshot;
import org.implantdhr.vigilance.entity.SignalFlagReview;

/**
 * A QA review of a signal flag as pages and the API show it: the numbers reviewed, the conclusion,
 * why, and its e-signature's manifestation.
 *
 * @param conclusion a {@code SignalConclusion} name
 * @param reference the investigation's or CAPA's reference, or the vigilance case's number; null
 *     where the conclusion takes none
 * @param current whether it is the group's latest review (a later one supersedes it)
 * @param contentSha256 the SHA-256 of what was reviewed and concluded, which the signature is bound
 *     to
 */
public record FlagReviewRecord(
        long id,
        FlagSnapshot reviewed,
        String conclusion,
        String conclusionLabel,
        String reference,
        String reason,
        String reviewedBy,
        Instant reviewedAt,
        boolean current,
        String contentSha256,
        String signature) {

    static FlagReviewRecord of(SignalFlagReview r, boolean current, String manifestation) {
        return new FlagReviewRecord(
                r.id(),
                r.reviewed(),
                r.conclusion().name(),
                r.conclusion().label(),
                r.reference(),
                r.reason(),
                r.createdBy(),
                r.createdAt(),
                current,
                r.contentSha256(),
                manifestation);
    }
}
