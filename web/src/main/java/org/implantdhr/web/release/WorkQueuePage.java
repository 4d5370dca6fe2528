package org.implantdhr.web.release;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.implantdhr.release.boundary.QueueEntry;
import org.implantdhr.release.boundary.ReviewQueue;

import java.util.List;

/** The QA work queue page: each section read once per request, each filtered by the database. */
@Named
@RequestScoped
public class WorkQueuePage {

    /** More than a person works through in a day; the page says when a section is cut off. */
    static final int SECTION_LIMIT = 200;

    @EJB
    ReviewQueue queue;

    private List<QueueEntry> awaitingEvidence;
    private List<QueueEntry> readyForReview;
    private List<QueueEntry> warningsToAcknowledge;
    private List<QueueEntry> openNonconformances;
    private List<QueueEntry> releasedToday;

    public List<QueueEntry> getAwaitingEvidence() {
        if (awaitingEvidence == null) {
            awaitingEvidence = queue.awaitingEvidence(SECTION_LIMIT);
        }
        return awaitingEvidence;
    }

    public List<QueueEntry> getReadyForReview() {
        if (readyForReview == null) {
            readyForReview = queue.readyForReview(SECTION_LIMIT);
        }
        return readyForReview;
    }

    public List<QueueEntry> getWarningsToAcknowledge() {
        if (warningsToAcknowledge == null) {
            warningsToAcknowledge = queue.warningsToAcknowledge(SECTION_LIMIT);
        }
        return warningsToAcknowledge;
    }

    public List<QueueEntry> getOpenNonconformances() {
        if (openNonconformances == null) {
            openNonconformances = queue.openNonconformances(SECTION_LIMIT);
        }
        return openNonconformances;
    }

    public List<QueueEntry> getReleasedToday() {
        if (releasedToday == null) {
            releasedToday = queue.releasedToday(SECTION_LIMIT);
        }
        return releasedToday;
    }

    public int getSectionLimit() {
        return SECTION_LIMIT;
    }
}
