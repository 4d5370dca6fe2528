package org.implantdhr.recall.boundary;

import java.time.Instant;
import java.util.List;
import org.implantdhr.recall.entity.Recall;
import org.implantdhr.recall.entity.RecalledImplant;

/**
 * A recall as the API shows it: what was recalled and why, the signature, and every implant it
 * reached.
 *
 * @param signature the e-signature manifestation (printed name, local time with zone, RECALL)
 */
public record RecallRecord(
        long id,
        String origin,
        String key,
        String reason,
        Instant recalledAt,
        String recalledBy,
        String contentSha256,
        String signature,
        List<Affected> implants) {

    /**
     * One implant the recall reached.
     *
     * @param revokedCertificate the certificate the recall revoked; null when none was in force
     * @param status what the implant is after the recall
     */
    public record Affected(
            String serialNumber,
            String previousStatus,
            String status,
            String revokedCertificate,
            String via) {

        static Affected of(RecalledImplant i) {
            boolean unchanged =
                    switch (i.previousStatus()) {
                        case RECALLED, REJECTED -> true;
                        default -> false;
                    };
            return new Affected(
                    i.serialNumber(),
                    i.previousStatus().name(),
                    unchanged ? i.previousStatus().name() : "RECALLED",
                    i.certificateNumber(),
                    i.via());
        }
    }

    static RecallRecord of(Recall recall, String signature) {
        return new RecallRecord(
                recall.id(),
                recall.origin().name(),
                recall.originKey(),
                recall.reason(),
                recall.createdAt(),
                recall.createdBy(),
                recall.contentSha256(),
                signature,
                recall.implants().stream().map(Affected::of).toList());
    }
}
