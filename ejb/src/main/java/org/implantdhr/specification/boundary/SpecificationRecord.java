package org.implantdhr.specification.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.specification.control.VersionState;
import org.implantdhr.specification.entity.SpecificationStatus;

/**
 * A specification version as others read it (the API, the release decision).
 *
 * @param state where it stands today (UTC)
 * @param basedOn "CODE VERSION" of the version it was copied from, null for a seeded baseline
 * @param approval null while it is a draft
 * @param limits empty in listings
 */
public record SpecificationRecord(
        long id,
        String code,
        String version,
        SpecificationStatus status,
        VersionState state,
        LocalDate effectiveFrom,
        String basedOn,
        String rationale,
        Instant createdAt,
        String createdBy,
        Approval approval,
        List<Limit> limits) {

    /**
     * Who approved it, bound to which content. The e-signature fields are null for the seeded
     * baseline, which "system" approved without a signature.
     */
    public record Approval(
            String approvedBy,
            Instant approvedAt,
            String contentSha256,
            String printedName,
            String meaning,
            String zoneId,
            String signedHash,
            String manifestation) {}

    /** The limits as the release rules take them. */
    public Specification toRules() {
        return new Specification(code, version, limits);
    }

    public boolean approved() {
        return status == SpecificationStatus.APPROVED;
    }
}
