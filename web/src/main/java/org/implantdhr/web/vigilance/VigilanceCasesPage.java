package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.vigilance.ReportingDeadline;
import org.implantdhr.vigilance.boundary.VigilanceCases;
import org.implantdhr.vigilance.entity.CaseStatus;
import org.implantdhr.vigilance.entity.VigilanceCase;
import org.implantdhr.web.platform.KeptMessages;
import org.implantdhr.web.platform.PageErrors;

/**
 * The vigilance cases page (/record/vigilance): every case the rules opened, open ones first by the
 * day their report is due at the latest, with the days left; a QA manager triages a case into the
 * reporting deadline that applies.
 */
@Named
@RequestScoped
public class VigilanceCasesPage {

    @EJB VigilanceCases cases;

    private List<VigilanceCase> listed;
    private String caseNumber;
    private String deadline;
    private String reason;

    public List<VigilanceCase> getCases() {
        if (listed == null) {
            listed = cases.list();
        }
        return listed;
    }

    /** For the QA managers' start page: cases nobody has triaged yet. */
    public long getOpenCount() {
        return cases.openCount();
    }

    public boolean open(VigilanceCase c) {
        return c.status() == CaseStatus.OPEN;
    }

    /** "due in 3 days", "due today", "2 days overdue". */
    public String daysLeft(VigilanceCase c) {
        return daysLeftText(c.daysLeft(LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC)));
    }

    /** "due in 3 days", "due today", "2 days overdue" for a number of days left. */
    static String daysLeftText(long days) {
        if (days == 0) {
            return "due today";
        }
        if (days < 0) {
            return -days + (days == -1 ? " day" : " days") + " overdue";
        }
        return "due in " + days + (days == 1 ? " day" : " days");
    }

    /** The deadline as a person reads it: "15 days (EU MDR Art. 87(3))". */
    public String deadlineText(VigilanceCase c) {
        ReportingDeadline d = c.deadline();
        return d == null
                ? "not triaged: at the latest 2 days (EU MDR Art. 87(4))"
                : d.period() + " (" + d.source() + ")";
    }

    public List<ReportingDeadline> getDeadlines() {
        return Arrays.asList(ReportingDeadline.values());
    }

    public String label(ReportingDeadline d) {
        return d.source() + ": " + d.period() + " — " + d.name().toLowerCase().replace('_', ' ');
    }

    public String triage() {
        try {
            VigilanceCase triaged = cases.triage(caseNumber, deadline, reason);
            KeptMessages.keep(
                    "Case "
                            + triaged.caseNumber()
                            + " triaged: its report is due on "
                            + triaged.dueOn()
                            + ".");
            return "/record/vigilance?faces-redirect=true";
        } catch (RuntimeException e) {
            PageErrors.of(Map.of("deadline", "triage:deadline", "reason", "triage:reason")).show(e);
            return null;
        }
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
