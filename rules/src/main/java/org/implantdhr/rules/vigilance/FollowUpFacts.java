package org.implantdhr.rules.vigilance;

import java.util.List;
import java.util.Objects;

/** What the vigilance rules are given: the recorded follow-up facts and the day of evaluation. */
public record FollowUpFacts(
        EvaluationDate evaluationDate,
        List<AdverseEvent> adverseEvents,
        List<Explant> explants,
        List<Death> deaths,
        List<ScheduledVisit> visits) {

    public FollowUpFacts {
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        adverseEvents = List.copyOf(adverseEvents);
        explants = List.copyOf(explants);
        deaths = List.copyOf(deaths);
        visits = List.copyOf(visits);
    }
}
