package org.implantdhr.vigilance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;
import org.implantdhr.rules.vigilance.ReportingDeadline;

/**
 * A QA manager's decision whether a vigilance case is reportable under one regulation, and why;
 * when it is, the deadline that applies and the day it ends. E-signed (meaning REPORTABILITY) over
 * {@link #contentSha256()}, the hash of exactly these facts and the case they are about. Never
 * changed: new information makes a new decision.
 */
@Entity
@Table(name = "vigilance_decision")
public class ReportabilityDecision extends Recorded implements Audited {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportingFramework framework;

    @Column(nullable = false, updatable = false)
    private boolean reportable;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReportingDeadline deadline;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    @Column(name = "signature_id")
    private Long signatureId;

    @jakarta.persistence.Transient private String caseNumber;

    protected ReportabilityDecision() {}

    public ReportabilityDecision(
            VigilanceCase vigilanceCase,
            ReportingFramework framework,
            boolean reportable,
            ReportingDeadline deadline,
            String reason,
            String user,
            Instant at) {
        this.caseId = vigilanceCase.id();
        this.caseNumber = vigilanceCase.caseNumber();
        this.framework = framework;
        this.reportable = reportable;
        this.deadline = reportable ? deadline : null;
        this.dueOn = reportable ? deadline.dueOn(vigilanceCase.awareOn()) : null;
        this.reason = reason;
        recordCreation(user, at);
        this.contentSha256 =
                org.implantdhr.certificate.control.CertificateRevocation.sha256(
                        org.implantdhr.platform.control.CanonicalJson.of(
                                signedContent(vigilanceCase)));
    }

    /**
     * What the signature is bound to: the case (number, implant, rule, source, awareness date), the
     * regulation, the decision, its deadline and due day, why, by whom and when.
     */
    private Map<String, Object> signedContent(VigilanceCase c) {
        var content = new LinkedHashMap<String, Object>();
        content.put("action", "REPORTABILITY");
        content.put("caseNumber", c.caseNumber());
        content.put("implant", c.serialNumber());
        content.put("ruleId", c.ruleId());
        content.put("source", c.sourceType() + " " + c.sourceLabel());
        content.put("awareOn", c.awareOn().toString());
        content.put("framework", framework.name());
        content.put("reportable", reportable);
        content.put("deadline", deadline == null ? null : deadline.name());
        content.put("dueOn", dueOn == null ? null : dueOn.toString());
        content.put("reason", reason);
        content.put("decidedBy", createdBy);
        content.put("decidedAt", createdAt.toString());
        return content;
    }

    public void signedWith(long signatureId) {
        this.signatureId = signatureId;
    }

    @Override
    public String recordType() {
        return "ReportabilityDecision";
    }

    @Override
    public String label() {
        return (caseNumber == null ? "case " + caseId : caseNumber) + " " + framework.label();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("case", caseNumber == null ? caseId : caseNumber);
        state.put("framework", framework);
        state.put("reportable", reportable);
        state.put("deadline", deadline);
        state.put("dueOn", dueOn);
        state.put("reason", reason);
        state.put("contentSha256", contentSha256);
        state.put("signatureId", signatureId);
        return state;
    }

    public long caseId() {
        return caseId;
    }

    public ReportingFramework framework() {
        return framework;
    }

    public boolean reportable() {
        return reportable;
    }

    public ReportingDeadline deadline() {
        return deadline;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String reason() {
        return reason;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public Long signatureId() {
        return signatureId;
    }
}
