package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.vigilance.boundary.ReportabilityDecisions;
import org.implantdhr.vigilance.boundary.SignalFlagReviews;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * The vigilance alerts of the QA start page: cases whose report is due soon or overdue without a
 * signed EU MDR decision (QA managers), and groups flagged by signal detection that await a QA
 * review (QA and QA managers).
 */
@Named
@RequestScoped
public class VigilanceAlerts {

    @EJB ReportabilityDecisions decisions;

    @EJB SignalFlagReviews signals;

    private List<VigilanceCase> dueSoon;
    private List<SignalFlagReviews.ReviewedSignal> awaitingReview;

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

    /**
     * The flags that ask for a QA review: never reviewed, or changed since their review. A flag
     * reviewed as it still is does not alert.
     */
    public List<SignalFlagReviews.ReviewedSignal> getSignalsToReview() {
        if (awaitingReview == null) {
            awaitingReview = signals.awaitingReview();
        }
        return awaitingReview;
    }

    public int getFlaggedSignals() {
        return getSignalsToReview().size();
    }
}
