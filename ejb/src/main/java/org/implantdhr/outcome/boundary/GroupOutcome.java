package org.implantdhr.outcome.boundary;

import java.util.List;
import org.implantdhr.outcome.control.AdverseEventCounts;
import org.implantdhr.outcome.control.HospitalStay;
import org.implantdhr.outcome.control.ScoreChange;
import org.implantdhr.outcome.control.SurvivalCurve;

/** The study's endpoints for one group of implanted patients. */
public record GroupOutcome(
        String key,
        String name,
        SurvivalCurve diseaseFreeSurvival,
        HospitalStay stay,
        AdverseEventCounts adverseEvents,
        List<ScoreChange> scores) {}
