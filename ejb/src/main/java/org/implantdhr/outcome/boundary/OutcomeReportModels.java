package org.implantdhr.outcome.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.documents.Manufacturer;
import org.implantdhr.documents.OutcomeReportModel;
import org.implantdhr.documents.SurvivalPlot;
import org.implantdhr.outcome.control.AdverseEventCounts;
import org.implantdhr.outcome.control.HospitalStay;
import org.implantdhr.outcome.control.OutcomeFormat;
import org.implantdhr.outcome.control.OutcomeMethods;
import org.implantdhr.outcome.control.ScoreChange;
import org.implantdhr.outcome.control.StudyTimeScale;
import org.implantdhr.outcome.control.SurvivalCurve;
import org.implantdhr.outcome.control.SurvivalStep;

/**
 * The outcome report's content from the summaries, one per breakdown (all patients first): every
 * number formatted by {@link OutcomeFormat}, so the page, the JSON's texts and the report agree.
 */
public final class OutcomeReportModels {

    static final String STUDY =
            "3D printed implants for the defect reconstruction in patients with chest wall tumors";

    private OutcomeReportModels() {}

    public static OutcomeReportModel of(
            List<OutcomeSummary> summaries,
            Manufacturer manufacturer,
            Instant issuedAt,
            String issuedBy,
            ZoneId zone) {
        OutcomeSummary all = summaries.get(0);
        SurvivalCurve overall =
                all.groups().isEmpty()
                        ? org.implantdhr.outcome.control.KaplanMeier.estimate(List.of())
                        : all.groups().get(0).diseaseFreeSurvival();
        var survival = new ArrayList<OutcomeReportModel.SurvivalRow>();
        var stays = new ArrayList<OutcomeReportModel.StayRow>();
        var events = new ArrayList<OutcomeReportModel.AdverseEventRow>();
        var scores = new ArrayList<OutcomeReportModel.ScoreRow>();
        long day24 = StudyTimeScale.day(StudyTimeScale.DFS_MONTHS);
        for (OutcomeSummary summary : summaries) {
            for (GroupOutcome group : summary.groups()) {
                SurvivalCurve curve = group.diseaseFreeSurvival();
                survival.add(
                        new OutcomeReportModel.SurvivalRow(
                                group.name(),
                                Integer.toString(curve.patients()),
                                Integer.toString(curve.eventsUpTo(Long.MAX_VALUE)),
                                Integer.toString(curve.censoredUpTo(Long.MAX_VALUE)),
                                OutcomeFormat.survival(curve, day24),
                                OutcomeFormat.interval(curve.intervalAt(day24)),
                                Integer.toString(curve.atRiskAt(day24))));
                HospitalStay stay = group.stay();
                List<Long> days = stay.postOperativeDays();
                stays.add(
                        new OutcomeReportModel.StayRow(
                                group.name(),
                                Long.toString(stay.patients()),
                                Long.toString(stay.discharged()),
                                OutcomeFormat.days(HospitalStay.median(days)),
                                OutcomeFormat.days(HospitalStay.mean(days)),
                                days.isEmpty()
                                        ? "—"
                                        : days.get(0) + "–" + days.get(days.size() - 1),
                                OutcomeFormat.patients(stay.withinStudyWindow())));
                AdverseEventCounts ae = group.adverseEvents();
                events.add(
                        new OutcomeReportModel.AdverseEventRow(
                                group.name(),
                                Long.toString(ae.patients()),
                                OutcomeFormat.patients(ae.grade(1)),
                                OutcomeFormat.patients(ae.grade(2)),
                                OutcomeFormat.patients(ae.grade(3)),
                                OutcomeFormat.patients(ae.grade(4)),
                                OutcomeFormat.patients(ae.grade(5)),
                                OutcomeFormat.patients(ae.serious()),
                                OutcomeFormat.patients(ae.deviceRelated()),
                                OutcomeFormat.patients(ae.procedureRelated())));
                for (ScoreChange change : group.scores()) {
                    scores.add(
                            new OutcomeReportModel.ScoreRow(
                                    group.name(),
                                    change.range().scale(),
                                    Long.toString(change.evaluable()),
                                    Long.toString(change.assessed()),
                                    OutcomeFormat.gain(change.meanGain()),
                                    OutcomeFormat.patients(change.improvedShare()),
                                    Long.toString(change.withinRange()),
                                    Long.toString(change.beyondRange())));
                }
            }
        }
        return new OutcomeReportModel(
                issuedAt.atZone(zone),
                manufacturer,
                STUDY,
                all.scope(),
                all.asOf().atZone(zone),
                issuedBy,
                plot(overall),
                survival,
                stays,
                events,
                scores,
                OutcomeMethods.TEXTS);
    }

    /**
     * The overall curve for the document: corners in months, ticks, numbers at risk every 6 months.
     */
    static SurvivalPlot plot(SurvivalCurve curve) {
        List<SurvivalPlot.Step> steps = new ArrayList<>();
        List<SurvivalPlot.Mark> marks = new ArrayList<>();
        steps.add(new SurvivalPlot.Step(0, 1, null, null));
        for (SurvivalStep step : curve.steps()) {
            double month = StudyTimeScale.months(step.day());
            double s = step.survival().doubleValue();
            if (step.events() > 0) {
                var ci = step.confidenceInterval();
                steps.add(
                        new SurvivalPlot.Step(
                                month,
                                s,
                                ci.map(c -> c.lower().doubleValue()).orElse(null),
                                ci.map(c -> c.upper().doubleValue()).orElse(null)));
            }
            if (step.censored() > 0) {
                marks.add(new SurvivalPlot.Mark(month, s));
            }
        }
        double lastMonth = Math.max(24, Math.ceil(StudyTimeScale.months(curve.lastDay()) / 6) * 6);
        List<SurvivalPlot.AtRisk> atRisk = new ArrayList<>();
        for (int month = 0; month <= lastMonth; month += 6) {
            atRisk.add(new SurvivalPlot.AtRisk(month, curve.atRiskAt(StudyTimeScale.day(month))));
        }
        return new SurvivalPlot(
                steps, marks, atRisk, lastMonth, StudyTimeScale.months(curve.lastDay()));
    }
}
