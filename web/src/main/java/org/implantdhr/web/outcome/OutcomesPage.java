package org.implantdhr.web.outcome;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.outcome.boundary.GroupOutcome;
import org.implantdhr.outcome.boundary.OutcomeSummary;
import org.implantdhr.outcome.boundary.Outcomes;
import org.implantdhr.outcome.control.AdverseEventCounts;
import org.implantdhr.outcome.control.Grouping;
import org.implantdhr.outcome.control.HospitalStay;
import org.implantdhr.outcome.control.OutcomeFormat;
import org.implantdhr.outcome.control.OutcomeMethods;
import org.implantdhr.outcome.control.ScoreChange;
import org.implantdhr.outcome.control.StudyTimeScale;
import org.implantdhr.outcome.control.SurvivalCurve;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * The study's outcomes on one page (/outcomes/index.xhtml): the disease-free survival curve of each
 * group, and the tables of DFS at 24 months, hospital stay, adverse events and score changes, for
 * the breakdown chosen (all patients, design family, powder lot or build). Every number is the
 * outcome component's, formatted by OutcomeFormat like the signed report. GET only.
 */
@Named
@RequestScoped
public class OutcomesPage {

    /** A breakdown as the page offers it. */
    public record Breakdown(String value, String label) {}

    /** One group's rows, all texts. */
    public record Row(
            String name,
            String svg,
            List<String> survival,
            List<String> stay,
            List<String> events,
            List<List<String>> scores) {}

    static final List<Breakdown> BREAKDOWNS =
            List.of(
                    new Breakdown("all", "All patients"),
                    new Breakdown("design-family", "Design family"),
                    new Breakdown("powder-lot", "Powder lot"),
                    new Breakdown("build", "Build"));

    @EJB Outcomes outcomes;

    private String by = "all";
    private OutcomeSummary summary;
    private List<Row> rows = List.of();
    private String error;

    public void load() {
        try {
            summary = outcomes.summary(OutcomesResource.grouping(by == null ? "all" : by));
        } catch (InvalidRequestException e) {
            error = "Choose one of the breakdowns offered.";
            by = "all";
            summary = outcomes.summary(Grouping.ALL);
        }
        long day24 = StudyTimeScale.day(StudyTimeScale.DFS_MONTHS);
        var built = new ArrayList<Row>();
        int index = 0;
        for (GroupOutcome group : summary.groups()) {
            SurvivalCurve curve = group.diseaseFreeSurvival();
            HospitalStay stay = group.stay();
            AdverseEventCounts ae = group.adverseEvents();
            var scores = new ArrayList<List<String>>();
            for (ScoreChange change : group.scores()) {
                scores.add(
                        List.of(
                                change.range().scale(),
                                Long.toString(change.evaluable()),
                                Long.toString(change.assessed()),
                                OutcomeFormat.gain(change.meanGain()),
                                OutcomeFormat.patients(change.improvedShare()),
                                Long.toString(change.withinRange()),
                                Long.toString(change.beyondRange())));
            }
            built.add(
                    new Row(
                            group.name(),
                            new SurvivalCurveSvg(
                                            "km-" + index++,
                                            "Disease-free survival: " + group.name(),
                                            curve)
                                    .render(),
                            List.of(
                                    Integer.toString(curve.patients()),
                                    Integer.toString(curve.eventsUpTo(Long.MAX_VALUE)),
                                    Integer.toString(curve.censoredUpTo(Long.MAX_VALUE)),
                                    OutcomeFormat.survival(curve, day24),
                                    OutcomeFormat.interval(curve.intervalAt(day24)),
                                    Integer.toString(curve.atRiskAt(day24))),
                            List.of(
                                    Long.toString(stay.patients()),
                                    Long.toString(stay.discharged()),
                                    OutcomeFormat.days(
                                            HospitalStay.median(stay.postOperativeDays())),
                                    OutcomeFormat.days(HospitalStay.mean(stay.postOperativeDays())),
                                    OutcomeFormat.patients(stay.withinStudyWindow())),
                            List.of(
                                    Long.toString(ae.patients()),
                                    OutcomeFormat.patients(ae.grade(1)),
                                    OutcomeFormat.patients(ae.grade(2)),
                                    OutcomeFormat.patients(ae.grade(3)),
                                    OutcomeFormat.patients(ae.grade(4)),
                                    OutcomeFormat.patients(ae.grade(5)),
                                    OutcomeFormat.patients(ae.serious()),
                                    OutcomeFormat.patients(ae.deviceRelated()),
                                    OutcomeFormat.patients(ae.procedureRelated())),
                            scores));
        }
        rows = built;
    }

    public List<Breakdown> getBreakdowns() {
        return BREAKDOWNS;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getScope() {
        return summary == null ? "" : summary.scope();
    }

    /** The moment the data were read, ISO 8601 in UTC ("2026-12-07T00:55:00Z"). */
    public String getAsOf() {
        return summary == null
                ? ""
                : summary.asOf().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getError() {
        return error;
    }

    public List<String> getMethods() {
        return OutcomeMethods.TEXTS;
    }
}
