package org.implantdhr.specification.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;

/**
 * One version of a release specification: every limit the release rules apply, and from which day
 * it is in force. A draft is edited by a QA manager until it is approved; from then on nothing of
 * it changes.
 */
@Entity
@Table(name = "specification_version")
@NamedQuery(
        name = SpecificationVersion.BY_LABEL,
        query =
                "select v from SpecificationVersion v where v.code = :code and v.versionLabel = :version")
@NamedQuery(
        name = SpecificationVersion.ALL,
        query = "select v from SpecificationVersion v order by v.code, v.effectiveFrom, v.id")
@NamedQuery(
        name = SpecificationVersion.OF_CODE,
        query =
                "select v from SpecificationVersion v where v.code = :code order by v.effectiveFrom, v.id")
@NamedQuery(
        name = SpecificationVersion.APPROVED_OF_CODE,
        query =
                "select v from SpecificationVersion v where v.code = :code and v.status = "
                        + "org.implantdhr.specification.entity.SpecificationStatus.APPROVED order by v.effectiveFrom desc, v.id desc")
public class SpecificationVersion extends Recorded implements Audited {

    public static final String BY_LABEL = "SpecificationVersion.byLabel";
    public static final String ALL = "SpecificationVersion.all";
    public static final String OF_CODE = "SpecificationVersion.ofCode";

    /** Latest effective date first. */
    public static final String APPROVED_OF_CODE = "SpecificationVersion.approvedOfCode";

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "version_label", nullable = false, updatable = false)
    private String versionLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpecificationStatus status;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id", updatable = false)
    private SpecificationVersion basedOn;

    private String rationale;

    @Column(name = "approval_signature_id")
    private Long approvalSignatureId;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "content_sha256")
    private String contentSha256;

    @OneToMany(mappedBy = "specification", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<SpecificationLimit> limits = new ArrayList<>();

    protected SpecificationVersion() {}

    /** A draft holding a copy of {@code limits}, in their order. */
    public SpecificationVersion(
            String code,
            String versionLabel,
            LocalDate effectiveFrom,
            SpecificationVersion basedOn,
            String rationale,
            List<Limit> limits,
            String user,
            Instant at) {
        this.code = code;
        this.versionLabel = versionLabel;
        this.status = SpecificationStatus.DRAFT;
        this.effectiveFrom = effectiveFrom;
        this.basedOn = basedOn;
        this.rationale = rationale;
        for (Limit limit : limits) {
            this.limits.add(new SpecificationLimit(this, this.limits.size() + 1, limit));
        }
        recordCreation(user, at);
    }

    public boolean isDraft() {
        return status == SpecificationStatus.DRAFT;
    }

    public void takeEffectFrom(LocalDate date) {
        this.effectiveFrom = date;
    }

    /**
     * Approves the version, bound to the SHA-256 of its content. {@code signatureId} is null only
     * for the seeded baseline, which is approved by "system".
     */
    public void approve(Long signatureId, String approver, Instant at, String contentSha256) {
        this.status = SpecificationStatus.APPROVED;
        this.approvalSignatureId = signatureId;
        this.approvedBy = approver;
        this.approvedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.contentSha256 = contentSha256;
    }

    public Specification toRules() {
        return new Specification(
                code, versionLabel, limits.stream().map(SpecificationLimit::toRules).toList());
    }

    @Override
    public String recordType() {
        return "SpecificationVersion";
    }

    @Override
    public String label() {
        return code + " " + versionLabel;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", code);
        state.put("version", versionLabel);
        state.put("status", status);
        state.put("effectiveFrom", effectiveFrom);
        state.put("basedOn", basedOn == null ? null : basedOn.label());
        state.put("rationale", rationale);
        state.put("limits", limits.size());
        state.put("approvedBy", approvedBy);
        state.put("approvalSignature", approvalSignatureId);
        state.put("contentSha256", contentSha256);
        return state;
    }

    public String code() {
        return code;
    }

    public String versionLabel() {
        return versionLabel;
    }

    public SpecificationStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public SpecificationVersion basedOn() {
        return basedOn;
    }

    public String rationale() {
        return rationale;
    }

    public Long approvalSignatureId() {
        return approvalSignatureId;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public List<SpecificationLimit> limits() {
        return limits;
    }
}
