package org.implantdhr.specification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.specification.boundary.SpecificationRecord;
import org.implantdhr.specification.entity.SpecificationLimit;
import org.implantdhr.specification.entity.SpecificationVersion;

/** Reads specification versions into records, with their state today and their approval. */
@Dependent
public class SpecificationRecords {

    @PersistenceContext EntityManager em;

    public List<SpecificationVersion> approvedOf(String code) {
        return em.createNamedQuery(
                        SpecificationVersion.APPROVED_OF_CODE, SpecificationVersion.class)
                .setParameter("code", code)
                .getResultList();
    }

    public SpecificationRecord withLimits(SpecificationVersion version) {
        return recordOf(version, approvedOf(version.code()), true);
    }

    /** Without limits, for listings. */
    public List<SpecificationRecord> summaries(List<SpecificationVersion> versions) {
        return versions.stream().map(v -> recordOf(v, approvedOf(v.code()), false)).toList();
    }

    private SpecificationRecord recordOf(
            SpecificationVersion v, List<SpecificationVersion> approved, boolean limits) {
        return new SpecificationRecord(
                v.id(),
                v.code(),
                v.versionLabel(),
                v.status(),
                VersionState.of(v, approved, RecordingClock.today()),
                v.effectiveFrom(),
                v.basedOn() == null ? null : v.basedOn().label(),
                v.rationale(),
                v.createdAt(),
                v.createdBy(),
                approval(v),
                limits ? v.limits().stream().map(SpecificationLimit::toRules).toList() : List.of());
    }

    private SpecificationRecord.Approval approval(SpecificationVersion v) {
        if (v.isDraft()) {
            return null;
        }
        if (v.approvalSignatureId() == null) {
            return new SpecificationRecord.Approval(
                    v.approvedBy(),
                    v.approvedAt(),
                    v.contentSha256(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        ElectronicSignature s = em.find(ElectronicSignature.class, v.approvalSignatureId());
        return new SpecificationRecord.Approval(
                v.approvedBy(),
                v.approvedAt(),
                v.contentSha256(),
                s.printedName(),
                s.meaning().name(),
                s.zoneId(),
                s.signedHash(),
                s.manifestation());
    }
}
