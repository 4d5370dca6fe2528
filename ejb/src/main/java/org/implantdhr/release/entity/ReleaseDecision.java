package org.implantdhr.release.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * QA's decision on an implant. A release is signed over the canonical decision content; the
 * database holds at most one RELEASED decision per implant (released_implant_id is unique).
 */
@Entity
@Table(name = "release_decision")
@NamedQuery(
        name = ReleaseDecision.OF_IMPLANT,
        query =
                "select d from ReleaseDecision d where d.implantId = :implantId order by d.createdAt desc, d.id desc")
public class ReleaseDecision extends Recorded implements Audited {

    public static final String OF_IMPLANT = "ReleaseDecision.ofImplant";

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evaluation_id", updatable = false)
    private ReleaseEvaluation evaluation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Decision decision;

    @Column(updatable = false)
    private String reason;

    @Column(name = "signature_id", updatable = false)
    private Long signatureId;

    @Column(name = "decision_content", updatable = false)
    private String decisionContent;

    @Column(name = "decision_sha256", updatable = false)
    private String decisionSha256;

    @Column(name = "released_implant_id", updatable = false)
    private Long releasedImplantId;

    protected ReleaseDecision() {}

    public static ReleaseDecision released(
            long implantId,
            ReleaseEvaluation evaluation,
            long signatureId,
            String content,
            String sha256,
            String user,
            Instant at) {
        var d = new ReleaseDecision(implantId, evaluation, Decision.RELEASED, null, user, at);
        d.signatureId = signatureId;
        d.decisionContent = content;
        d.decisionSha256 = sha256;
        d.releasedImplantId = implantId;
        return d;
    }

    public static ReleaseDecision rejected(
            long implantId, ReleaseEvaluation evaluation, String reason, String user, Instant at) {
        return new ReleaseDecision(implantId, evaluation, Decision.REJECTED, reason, user, at);
    }

    private ReleaseDecision(
            long implantId,
            ReleaseEvaluation evaluation,
            Decision decision,
            String reason,
            String user,
            Instant at) {
        this.implantId = implantId;
        this.evaluation = evaluation;
        this.decision = decision;
        this.reason = reason;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "ReleaseDecision";
    }

    @Override
    public String label() {
        return decision.name();
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantId", implantId);
        state.put("evaluationId", evaluation == null ? null : evaluation.id());
        state.put("decision", decision);
        state.put("reason", reason);
        state.put("signatureId", signatureId);
        state.put("decisionSha256", decisionSha256);
        return state;
    }

    public long implantId() {
        return implantId;
    }

    public ReleaseEvaluation evaluation() {
        return evaluation;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public Long signatureId() {
        return signatureId;
    }

    public String decisionContent() {
        return decisionContent;
    }

    public String decisionSha256() {
        return decisionSha256;
    }
}
