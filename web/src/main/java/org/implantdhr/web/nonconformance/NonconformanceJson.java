package org.implantdhr.web.nonconformance;

import java.time.Instant;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;

/**
 * A nonconformance report as the API shows it; {@code approval} only for a signed USE_AS_IS
 * concession.
 */
public record NonconformanceJson(
        String number,
        String implantSerial,
        String checkId,
        String description,
        String status,
        String disposition,
        String justification,
        Instant openedAt,
        String openedBy,
        Instant closedAt,
        String closedBy,
        Approval approval) {

    /**
     * The QA manager's e-signature: printed name, time with zone, meaning, and the hash it is bound
     * to.
     */
    public record Approval(
            String signer,
            String printedName,
            String meaning,
            Instant signedAt,
            String zone,
            String signedHash,
            String manifestation) {}

    static NonconformanceJson of(NonconformanceRecord n) {
        var a = n.approval();
        return new NonconformanceJson(
                n.number(),
                n.implantSerial(),
                n.checkId(),
                n.description(),
                n.status().name(),
                n.disposition() == null ? null : n.disposition().name(),
                n.justification(),
                n.openedAt(),
                n.openedBy(),
                n.closedAt(),
                n.closedBy(),
                a == null
                        ? null
                        : new Approval(
                                a.signer(),
                                a.printedName(),
                                a.meaning(),
                                a.signedAt(),
                                a.zoneId(),
                                a.signedHash(),
                                a.manifestation()));
    }
}
