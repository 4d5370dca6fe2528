package org.implantdhr.nonconformance.boundary;

import java.time.Instant;
import org.implantdhr.nonconformance.entity.Disposition;
import org.implantdhr.nonconformance.entity.NonconformanceStatus;

/**
 * A nonconformance report as others read it (the API, the release facts for REC-NCR).
 *
 * @param closedBy who decided the disposition
 * @param approval the QA manager's concession signature, only for USE_AS_IS
 */
public record NonconformanceRecord(
        long id,
        String number,
        String implantSerial,
        String checkId,
        String description,
        NonconformanceStatus status,
        Disposition disposition,
        String justification,
        Instant openedAt,
        String openedBy,
        Instant closedAt,
        String closedBy,
        Approval approval) {

    /** The e-signature of a concession and what it was bound to. */
    public record Approval(
            String signer,
            String printedName,
            String meaning,
            Instant signedAt,
            String zoneId,
            String signedHash,
            String manifestation) {}
}
