package org.implantdhr.web.specification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.specification.boundary.SpecificationRecord;

/**
 * A specification version; {@code state} is DRAFT, APPROVED (in force from a later day), IN_FORCE
 * or SUPERSEDED today. {@code limits} is left out of listings.
 */
public record SpecificationJson(
        String code,
        String version,
        String status,
        String state,
        LocalDate effectiveFrom,
        String basedOn,
        String rationale,
        Instant createdAt,
        String createdBy,
        Approval approval,
        Integer limitCount,
        List<LimitJson> limits) {

    /**
     * Who approved it and the SHA-256 of the content approved; the e-signature is absent for the
     * seeded baseline.
     */
    public record Approval(
            String approvedBy,
            Instant approvedAt,
            String contentSha256,
            String printedName,
            String meaning,
            String zone,
            String signedHash,
            String manifestation) {}

    static SpecificationJson of(SpecificationRecord s) {
        return new SpecificationJson(
                s.code(),
                s.version(),
                s.status().name(),
                s.state().name(),
                s.effectiveFrom(),
                s.basedOn(),
                s.rationale(),
                s.createdAt(),
                s.createdBy(),
                approval(s),
                s.limits().size(),
                s.limits().stream().map(LimitJson::of).toList());
    }

    static SpecificationJson summary(SpecificationRecord s) {
        return new SpecificationJson(
                s.code(),
                s.version(),
                s.status().name(),
                s.state().name(),
                s.effectiveFrom(),
                s.basedOn(),
                s.rationale(),
                s.createdAt(),
                s.createdBy(),
                approval(s),
                null,
                null);
    }

    private static Approval approval(SpecificationRecord s) {
        var a = s.approval();
        return a == null
                ? null
                : new Approval(
                        a.approvedBy(),
                        a.approvedAt(),
                        a.contentSha256(),
                        a.printedName(),
                        a.meaning(),
                        a.zoneId(),
                        a.signedHash(),
                        a.manifestation());
    }
}
