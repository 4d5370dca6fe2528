package org.implantdhr.web.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.implantdhr.followup.boundary.FollowUps;
import org.implantdhr.followup.control.CtcaeTerm;
import org.implantdhr.followup.control.CtcaeTerms;
import org.implantdhr.followup.entity.ActionTaken;
import org.implantdhr.followup.entity.Attribution;
import org.implantdhr.followup.entity.EventOutcome;
import org.implantdhr.followup.entity.EventReport;
import org.implantdhr.followup.entity.SeriousCriterion;
import org.implantdhr.web.platform.PageErrors;

/** Reports an adverse event of the patient on the page, by a CTCAE term and grade. */
@Named
@RequestScoped
public class AdverseEventForm {

    private static final Map<String, String> FIELDS =
            Map.ofEntries(
                    Map.entry("termCode", "event:termCode"),
                    Map.entry("specifyText", "event:specifyText"),
                    Map.entry("grade", "event:grade"),
                    Map.entry("seriousCriterion", "event:seriousCriterion"),
                    Map.entry("onsetDate", "event:onsetDate"),
                    Map.entry("resolutionDate", "event:resolutionDate"),
                    Map.entry("deviceAttribution", "event:deviceAttribution"),
                    Map.entry("procedureAttribution", "event:procedureAttribution"),
                    Map.entry("actionTaken", "event:actionTaken"),
                    Map.entry("outcome", "event:outcome"),
                    Map.entry("description", "event:description"));

    @EJB FollowUps followUps;

    @Inject PatientPage patient;

    private String termCode;
    private String specifyText;
    private Integer grade;
    private String seriousCriterion;
    private LocalDate onsetDate;
    private LocalDate resolutionDate;
    private String deviceAttribution;
    private String procedureAttribution;
    private String actionTaken;
    private String outcome;
    private String description;

    public String report() {
        String serial = patient.getSerial();
        boolean serious = seriousCriterion != null && !seriousCriterion.isBlank();
        var report =
                new EventReport(
                        null,
                        termCode,
                        null,
                        specifyText,
                        grade == null ? 0 : grade,
                        serious,
                        serious ? SeriousCriterion.valueOf(seriousCriterion) : null,
                        onsetDate,
                        resolutionDate,
                        deviceAttribution == null ? null : Attribution.valueOf(deviceAttribution),
                        procedureAttribution == null
                                ? null
                                : Attribution.valueOf(procedureAttribution),
                        actionTaken == null ? null : ActionTaken.valueOf(actionTaken),
                        outcome == null ? null : EventOutcome.valueOf(outcome),
                        description);
        return PageErrors.of(FIELDS)
                .attempt(
                        () -> {
                            followUps.reportEvent(serial, null, report);
                            return "/followup/patient?faces-redirect=true&serial="
                                    + URLEncoder.encode(serial, StandardCharsets.UTF_8);
                        },
                        "Adverse event of " + serial + " reported.");
    }

    public List<CtcaeTerm> getTerms() {
        return CtcaeTerms.all();
    }

    public String termLabel(CtcaeTerm term) {
        return term.text() + " (" + term.code() + "; grades " + term.grades() + ")";
    }

    public List<Integer> getGrades() {
        return List.of(1, 2, 3, 4, 5);
    }

    public SeriousCriterion[] getSeriousCriteria() {
        return SeriousCriterion.values();
    }

    public Attribution[] getAttributions() {
        return Attribution.values();
    }

    public ActionTaken[] getActions() {
        return ActionTaken.values();
    }

    public EventOutcome[] getOutcomes() {
        return EventOutcome.values();
    }

    public String getTermCode() {
        return termCode;
    }

    public void setTermCode(String termCode) {
        this.termCode = termCode;
    }

    public String getSpecifyText() {
        return specifyText;
    }

    public void setSpecifyText(String specifyText) {
        this.specifyText = specifyText;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public String getSeriousCriterion() {
        return seriousCriterion;
    }

    public void setSeriousCriterion(String seriousCriterion) {
        this.seriousCriterion = seriousCriterion;
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(LocalDate onsetDate) {
        this.onsetDate = onsetDate;
    }

    public LocalDate getResolutionDate() {
        return resolutionDate;
    }

    public void setResolutionDate(LocalDate resolutionDate) {
        this.resolutionDate = resolutionDate;
    }

    public String getDeviceAttribution() {
        return deviceAttribution;
    }

    public void setDeviceAttribution(String deviceAttribution) {
        this.deviceAttribution = deviceAttribution;
    }

    public String getProcedureAttribution() {
        return procedureAttribution;
    }

    public void setProcedureAttribution(String procedureAttribution) {
        this.procedureAttribution = procedureAttribution;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
