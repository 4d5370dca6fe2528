package org.implantdhr.vigilance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;
import org.implantdhr.rules.vigilance.ReportingDeadline;

/**
 * A vigilance case: opened when the vigilance rules find a follow-up fact that may be a reportable
 * incident (a device-attributed severe adverse event, a serious adverse event, an explant, a
 * death). It names the rule, the record it came from and the criteria it was found under; the
 * manufacturer became aware on the day that record was made. A QA manager triages it into the
 * reporting deadline that applies, from which its due date follows.
 */
@Entity
@Table(name = "vigilance_case")
public class VigilanceCase extends Recorded implements Audited {

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Column(name = "serial_number", nullable = false, updatable = false)
    private String serialNumber;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private String ruleId;

    @Column(name = "source_type", nullable = false, updatable = false)
    private String sourceType;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "source_label", nullable = false, updatable = false)
    private String sourceLabel;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String criteria;

    @Column(name = "rule_set_sha256", nullable = false, updatable = false)
    private String ruleSetSha256;

    @Column(name = "aware_on", nullable = false, updatable = false)
    private LocalDate awareOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private ReportingDeadline deadline;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "triage_reason")
    private String triageReason;

    protected VigilanceCase() {}

    public VigilanceCase(
            String caseNumber,
            long implantId,
            String serialNumber,
            Source source,
            String ruleId,
            String reason,
            String criteria,
            String ruleSetSha256,
            LocalDate awareOn,
            String user,
            Instant at) {
        this.caseNumber = caseNumber;
        this.implantId = implantId;
        this.serialNumber = serialNumber;
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.sourceLabel = source.label();
        this.ruleId = ruleId;
        this.reason = reason;
        this.criteria = criteria;
        this.ruleSetSha256 = ruleSetSha256;
        this.awareOn = awareOn;
        this.status = CaseStatus.OPEN;
        recordCreation(user, at);
    }

    /** The record a case came from: its type as the audit trail names it, its id and its label. */
    public record Source(String type, long id, String label) {}

    /**
     * A QA manager's triage: the reporting deadline that applies, and why. The due date follows
     * from the awareness date; a later triage (new information) replaces the earlier one, audited.
     */
    public void triage(ReportingDeadline chosen, String why, String user, Instant at) {
        this.deadline = chosen;
        this.dueOn = chosen.dueOn(awareOn);
        this.triageReason = why;
        this.triagedBy = user;
        this.triagedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.status = CaseStatus.TRIAGED;
    }

    /**
     * The day by which the shortest deadline that could apply would end: before triage, the EU
     * MDR's 2 days for a serious public health threat, since nobody has yet ruled it out.
     */
    public LocalDate dueOnAtTheLatest() {
        return dueOn != null
                ? dueOn
                : ReportingDeadline.MDR_SERIOUS_PUBLIC_HEALTH_THREAT.dueOn(awareOn);
    }

    /** Days from {@code today} to {@link #dueOnAtTheLatest()}: 0 due today, negative overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOnAtTheLatest());
    }

    @Override
    public String recordType() {
        return "VigilanceCase";
    }

    @Override
    public String label() {
        return caseNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("caseNumber", caseNumber);
        state.put("implant", serialNumber);
        state.put("ruleId", ruleId);
        state.put("source", sourceType + " " + sourceLabel);
        state.put("reason", reason);
        state.put("criteria", criteria);
        state.put("ruleSetSha256", ruleSetSha256);
        state.put("awareOn", awareOn);
        state.put("status", status);
        state.put("deadline", deadline);
        state.put("dueOn", dueOn);
        state.put("triagedBy", triagedBy);
        state.put("triageReason", triageReason);
        return state;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public long implantId() {
        return implantId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String ruleId() {
        return ruleId;
    }

    public String sourceType() {
        return sourceType;
    }

    public long sourceId() {
        return sourceId;
    }

    public String sourceLabel() {
        return sourceLabel;
    }

    public String reason() {
        return reason;
    }

    public String criteria() {
        return criteria;
    }

    public String ruleSetSha256() {
        return ruleSetSha256;
    }

    public LocalDate awareOn() {
        return awareOn;
    }

    public CaseStatus status() {
        return status;
    }

    public ReportingDeadline deadline() {
        return deadline;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String triagedBy() {
        return triagedBy;
    }

    public Instant triagedAt() {
        return triagedAt;
    }

    public String triageReason() {
        return triageReason;
    }
}
