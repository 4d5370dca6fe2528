package org.implantdhr.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * An adverse event after an implantation, by CTCAE: the version, the term's MedDRA code and text as
 * the shipped term list has them, the grade (checked against the grades the term allows before it
 * gets here, {@code CtcaeTerms}), seriousness apart from the grade, attribution to the device and
 * to the procedure apart, action taken and outcome.
 */
@Entity
@Table(name = "adverse_event")
@NamedQuery(
        name = AdverseEvent.OF_IMPLANTATION,
        query =
                "select a from AdverseEvent a where a.implantationId = :implantationId"
                        + " order by a.onsetDate, a.id")
public class AdverseEvent extends Recorded implements Audited {

    public static final String OF_IMPLANTATION = "AdverseEvent.ofImplantation";

    @Column(name = "implantation_id", nullable = false, updatable = false)
    private long implantationId;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "ctcae_version", nullable = false)
    private String ctcaeVersion;

    @Column(name = "term_code", nullable = false)
    private String termCode;

    @Column(name = "term_text", nullable = false)
    private String termText;

    @Column(name = "specify_text")
    private String specifyText;

    @Column(nullable = false)
    private int grade;

    @Column(nullable = false)
    private boolean serious;

    @Enumerated(EnumType.STRING)
    @Column(name = "serious_criterion")
    private SeriousCriterion seriousCriterion;

    @Column(name = "onset_date", nullable = false)
    private LocalDate onsetDate;

    @Column(name = "resolution_date")
    private LocalDate resolutionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_attribution", nullable = false)
    private Attribution deviceAttribution;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_attribution", nullable = false)
    private Attribution procedureAttribution;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_taken", nullable = false)
    private ActionTaken actionTaken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventOutcome outcome;

    private String description;

    private transient String serialNumber;

    protected AdverseEvent() {}

    public AdverseEvent(
            long implantationId,
            String serialNumber,
            Long visitId,
            EventReport report,
            String user,
            Instant at) {
        this.implantationId = implantationId;
        this.serialNumber = serialNumber;
        this.visitId = visitId;
        apply(report);
        recordCreation(user, at);
    }

    /** A correction or an update (resolution, outcome); the audit trail keeps the reason. */
    public void correct(EventReport report) {
        apply(report);
    }

    private void apply(EventReport r) {
        this.ctcaeVersion = r.ctcaeVersion();
        this.termCode = r.termCode();
        this.termText = r.termText();
        this.specifyText = r.specifyText();
        this.grade = r.grade();
        this.serious = r.serious();
        this.seriousCriterion = r.seriousCriterion();
        this.onsetDate = r.onsetDate();
        this.resolutionDate = r.resolutionDate();
        this.deviceAttribution = r.deviceAttribution();
        this.procedureAttribution = r.procedureAttribution();
        this.actionTaken = r.actionTaken();
        this.outcome = r.outcome();
        this.description = r.description();
    }

    public EventReport report() {
        return new EventReport(
                ctcaeVersion,
                termCode,
                termText,
                specifyText,
                grade,
                serious,
                seriousCriterion,
                onsetDate,
                resolutionDate,
                deviceAttribution,
                procedureAttribution,
                actionTaken,
                outcome,
                description);
    }

    public void knowSerial(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    @Override
    public String recordType() {
        return "AdverseEvent";
    }

    @Override
    public String label() {
        return (serialNumber == null ? String.valueOf(implantationId) : serialNumber)
                + " "
                + termText;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantationId", implantationId);
        state.put("visitId", visitId);
        state.put("ctcaeVersion", ctcaeVersion);
        state.put("termCode", termCode);
        state.put("termText", termText);
        state.put("specifyText", specifyText);
        state.put("grade", grade);
        state.put("serious", serious);
        state.put("seriousCriterion", seriousCriterion);
        state.put("onsetDate", onsetDate);
        state.put("resolutionDate", resolutionDate);
        state.put("deviceAttribution", deviceAttribution);
        state.put("procedureAttribution", procedureAttribution);
        state.put("actionTaken", actionTaken);
        state.put("outcome", outcome);
        state.put("description", description);
        return state;
    }

    public long implantationId() {
        return implantationId;
    }

    public Long visitId() {
        return visitId;
    }

    public String ctcaeVersion() {
        return ctcaeVersion;
    }

    public String termCode() {
        return termCode;
    }

    public String termText() {
        return termText;
    }

    public String specifyText() {
        return specifyText;
    }

    public int grade() {
        return grade;
    }

    public boolean serious() {
        return serious;
    }

    public SeriousCriterion seriousCriterion() {
        return seriousCriterion;
    }

    public LocalDate onsetDate() {
        return onsetDate;
    }

    public LocalDate resolutionDate() {
        return resolutionDate;
    }

    public Attribution deviceAttribution() {
        return deviceAttribution;
    }

    public Attribution procedureAttribution() {
        return procedureAttribution;
    }

    public ActionTaken actionTaken() {
        return actionTaken;
    }

    public EventOutcome outcome() {
        return outcome;
    }

    public String description() {
        return description;
    }
}
