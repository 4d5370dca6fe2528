package org.implantdhr.web.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.outcome.boundary.GroupOutcome;
import org.implantdhr.outcome.boundary.OutcomeSummary;
import org.implantdhr.outcome.control.AdverseEventCounts;
import org.implantdhr.outcome.control.ConfidenceInterval;
import org.implantdhr.outcome.control.HospitalStay;
import org.implantdhr.outcome.control.Rational;
import org.implantdhr.outcome.control.ScoreChange;
import org.implantdhr.outcome.control.Share;
import org.implantdhr.outcome.control.StudyTimeScale;
import org.implantdhr.outcome.control.SurvivalCurve;
import org.implantdhr.outcome.control.SurvivalStep;

/**
 * The outcomes as JSON: exact values as fractions ("7/18") beside decimals rounded against the
 * device (survival and shares improved down, event shares and stays up, intervals outward).
 */
public record OutcomesJson(String by, String scope, String asOf, List<Group> groups) {

    public record Group(
            String key,
            String name,
            Survival diseaseFreeSurvival,
            Stay hospitalStay,
            Events adverseEvents,
            List<Score> scores) {}

    public record Survival(
            int patients,
            int events,
            int censored,
            Landmark at24Months,
            List<Step> steps,
            List<AtRisk> atRisk) {}

    /** The estimate at a day; {@code estimable} false when nobody was followed that long. */
    public record Landmark(
            long day,
            boolean estimable,
            String survival,
            BigDecimal survivalDecimal,
            Interval interval,
            int atRisk) {}

    public record Step(
            long day,
            int atRisk,
            int events,
            int censored,
            String survival,
            BigDecimal survivalDecimal,
            BigDecimal standardError,
            Interval interval) {}

    public record Interval(BigDecimal lower, BigDecimal upper) {}

    public record AtRisk(int month, long day, int patients) {}

    public record Stay(
            long patients,
            long discharged,
            List<Long> postOperativeDays,
            String medianDays,
            String meanDays,
            BigDecimal meanDaysRoundedUp,
            Proportion withinThirtyDays) {}

    public record Proportion(long count, long of, BigDecimal percent) {}

    public record Events(
            long patients,
            long events,
            Proportion patientsWithEvents,
            List<Grade> byGrade,
            Proportion serious,
            Proportion deviceRelated,
            Proportion procedureRelated,
            List<Attribution> deviceAttribution,
            List<Attribution> procedureAttribution) {}

    public record Grade(int grade, long events, Proportion patients) {}

    public record Attribution(String attribution, long events, long patients) {}

    public record Score(
            String scale,
            BigDecimal rangeFrom,
            BigDecimal rangeTo,
            String betterDirection,
            long withBaseline,
            long assessedAt24Months,
            String meanGain,
            BigDecimal meanGainRoundedDown,
            Proportion improved,
            long withinRange,
            long beyondRange) {}

    static OutcomesJson of(OutcomeSummary summary, String by) {
        return new OutcomesJson(
                by,
                summary.scope(),
                summary.asOf().toString(),
                summary.groups().stream().map(OutcomesJson::group).toList());
    }

    private static Group group(GroupOutcome outcome) {
        return new Group(
                outcome.key(),
                outcome.name(),
                survival(outcome.diseaseFreeSurvival()),
                stay(outcome.stay()),
                events(outcome.adverseEvents()),
                outcome.scores().stream().map(OutcomesJson::score).toList());
    }

    private static Survival survival(SurvivalCurve curve) {
        long day24 = StudyTimeScale.day(StudyTimeScale.DFS_MONTHS);
        List<AtRisk> atRisk = new ArrayList<>();
        for (int month = 0; month <= StudyTimeScale.DFS_MONTHS; month += 6) {
            long day = StudyTimeScale.day(month);
            atRisk.add(new AtRisk(month, day, curve.atRiskAt(day)));
        }
        return new Survival(
                curve.patients(),
                curve.eventsUpTo(Long.MAX_VALUE),
                curve.censoredUpTo(Long.MAX_VALUE),
                new Landmark(
                        day24,
                        curve.estimateAt(day24).isPresent(),
                        curve.estimateAt(day24).map(Rational::toString).orElse(null),
                        curve.estimateAt(day24).map(s -> s.floor(6)).orElse(null),
                        curve.intervalAt(day24).map(OutcomesJson::interval).orElse(null),
                        curve.atRiskAt(day24)),
                curve.steps().stream().map(OutcomesJson::step).toList(),
                atRisk);
    }

    private static Step step(SurvivalStep step) {
        return new Step(
                step.day(),
                step.atRisk(),
                step.events(),
                step.censored(),
                step.survival().toString(),
                step.survival().floor(6),
                step.standardError().orElse(null),
                step.confidenceInterval().map(OutcomesJson::interval).orElse(null));
    }

    private static Interval interval(ConfidenceInterval ci) {
        return new Interval(ci.lower(), ci.upper());
    }

    private static Stay stay(HospitalStay stay) {
        Rational mean = HospitalStay.mean(stay.postOperativeDays());
        Rational median = HospitalStay.median(stay.postOperativeDays());
        return new Stay(
                stay.patients(),
                stay.discharged(),
                stay.postOperativeDays(),
                median == null ? null : median.toString(),
                mean == null ? null : mean.toString(),
                mean == null ? null : mean.ceiling(1),
                proportion(stay.withinStudyWindow()));
    }

    private static Events events(AdverseEventCounts counts) {
        List<Grade> grades = new ArrayList<>();
        for (int grade = 1; grade <= 5; grade++) {
            grades.add(
                    new Grade(grade, counts.gradeEvents(grade), proportion(counts.grade(grade))));
        }
        return new Events(
                counts.patients(),
                counts.events(),
                proportion(counts.any()),
                grades,
                proportion(counts.serious()),
                proportion(counts.deviceRelated()),
                proportion(counts.procedureRelated()),
                attributions(counts.deviceAttribution()),
                attributions(counts.procedureAttribution()));
    }

    private static List<Attribution> attributions(java.util.Map<String, long[]> byLevel) {
        return byLevel.entrySet().stream()
                .map(e -> new Attribution(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static Score score(ScoreChange change) {
        var range = change.range();
        Rational mean = change.meanGain();
        return new Score(
                range.scale(),
                range.minGain(),
                range.maxGain(),
                range.higherIsBetter() ? "HIGHER" : "LOWER",
                change.evaluable(),
                change.assessed(),
                mean == null ? null : mean.toString(),
                mean == null ? null : mean.floor(1),
                proportion(change.improvedShare()),
                change.withinRange(),
                change.beyondRange());
    }

    private static Proportion proportion(Share share) {
        return new Proportion(share.count(), share.of(), share.percent());
    }
}
