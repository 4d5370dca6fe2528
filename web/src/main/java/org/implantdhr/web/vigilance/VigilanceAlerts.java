package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.vigilance.boundary.ReportabilityDecisions;
import org.implantdhr.vigilance.boundary.SignalReview;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * The vigilance alerts of the QA start page: cases whose report is due soon or overdue without a
 * signed EU MDR decision (QA managers), and groups flagged by signal detection (QA and QA
 * managers).
 */
@Named
@RequestScoped
public class VigilanceAlerts {

    @EJB ReportabilityDecisions decisions;

    @EJB SignalReview signals;

    private List<VigilanceCase> dueSoon;
    private Integer flagged;

    public List<VigilanceCase> getDueSoon() {
        if (dueSoon == null) {
            dueSoon = decisions.awaitingDecision();
        }
        return dueSoon;
    }

    public int getAlertDays() {
        return ReportabilityDecisions.ALERT_DAYS;
    }

    public String daysLeft(VigilanceCase c) {
        return VigilanceCasesPage.daysLeftText(
                c.daysLeft(LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC)));
    }

    public int getFlaggedSignals() {
        if (flagged == null) {
            flagged = signals.flagged().size();
        }
        return flagged;
    }
}
