package org.implantdhr.outcome.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The estimator against the worked table of the research file (clinical-followup.md §4) and against
 * values worked out by hand for small cases, with the arithmetic written out in each test.
 */
class KaplanMeierTest {

    /** Months, 1 = event: 3:1, 5:0, 7:1, 7:1, 10:0, 12:1, 15:0, 20:1. */
    private static final List<SurvivalTime> WORKED =
            List.of(
                    SurvivalTime.event(3),
                    SurvivalTime.censored(5),
                    SurvivalTime.event(7),
                    SurvivalTime.event(7),
                    SurvivalTime.censored(10),
                    SurvivalTime.event(12),
                    SurvivalTime.censored(15),
                    SurvivalTime.event(20));

    @Test
    void theWorkedTableOfTheResearchFile() {
        SurvivalCurve curve = KaplanMeier.estimate(WORKED);

        // t, n at risk, d, S(t), Greenwood SE, log-log 95 % CI, as the research file gives them
        assertRow(curve, 3, 8, 1, Rational.of(7, 8), "0.116927", 0.3870, 0.9814);
        assertRow(curve, 7, 6, 2, Rational.of(7, 12), "0.185561", 0.1802, 0.8441);
        assertRow(curve, 12, 3, 1, Rational.of(7, 18), "0.201269", 0.0630, 0.7242);
        SurvivalStep last = step(curve, 20);
        assertThat(last.atRisk()).isEqualTo(1);
        assertThat(last.survival()).isEqualTo(Rational.ZERO);
        assertThat(last.standardError()).isEmpty();
        assertThat(last.confidenceInterval()).isEmpty();
    }

    @Test
    void theIntervalsRoundedOutwardFromIndependentlyComputedEnds() {
        // exp(−exp(ln(−ln S) ± z·√sum / |ln S|)) evaluated separately (Python, double precision):
        // t=3 0.3870000140–0.9813929659, t=7 0.1801888910–0.8440686917,
        // t=12 0.0630028115–0.7242227555
        SurvivalCurve curve = KaplanMeier.estimate(WORKED);
        assertThat(curve.confidenceIntervalAt(3))
                .contains(
                        new ConfidenceInterval(new BigDecimal("0.3870"), new BigDecimal("0.9814")));
        assertThat(curve.confidenceIntervalAt(7))
                .contains(
                        new ConfidenceInterval(new BigDecimal("0.1801"), new BigDecimal("0.8441")));
        assertThat(curve.confidenceIntervalAt(12))
                .contains(
                        new ConfidenceInterval(new BigDecimal("0.0630"), new BigDecimal("0.7243")));
    }

    @Test
    void theWorkedTableByHandInFractions() {
        SurvivalCurve curve = KaplanMeier.estimate(WORKED);
        // S(3) = 7/8; S(7) = 7/8 · (1 − 2/6) = 7/12; S(12) = 7/12 · (1 − 1/3) = 7/18
        // Greenwood: 1/(8·7) = 1/56; + 2/(6·4) = 1/56 + 1/12 = 17/168; + 1/(3·2) = 17/168 + 28/168
        assertThat(curve.greenwoodSumAt(3)).isEqualTo(Rational.of(1, 56));
        assertThat(curve.greenwoodSumAt(7)).isEqualTo(Rational.of(17, 168));
        assertThat(curve.greenwoodSumAt(12)).isEqualTo(Rational.of(45, 168));
        assertThat(curve.greenwoodSumAt(20)).isNull();
        // between steps the estimate stays where it was; a censoring does not move it
        assertThat(curve.survivalAt(2)).isEqualTo(Rational.ONE);
        assertThat(curve.survivalAt(5)).isEqualTo(Rational.of(7, 8));
        assertThat(curve.survivalAt(11)).isEqualTo(Rational.of(7, 12));
        assertThat(curve.survivalAt(19)).isEqualTo(Rational.of(7, 18));
        // numbers at risk at the start of a time: everyone whose time is at or after it
        assertThat(curve.atRiskAt(0)).isEqualTo(8);
        assertThat(curve.atRiskAt(6)).isEqualTo(6);
        assertThat(curve.atRiskAt(13)).isEqualTo(2);
        assertThat(curve.atRiskAt(21)).isZero();
        assertThat(curve.censoredUpTo(24)).isEqualTo(3);
        assertThat(curve.eventsUpTo(24)).isEqualTo(5);
        assertThat(step(curve, 5).censored()).isEqualTo(1);
        assertThat(step(curve, 5).events()).isZero();
    }

    @Test
    void anEventAndACensoringOnTheSameDayCountTheCensoredAsAtRisk() {
        // n = 4 at day 10 with one event and one censoring: S = 3/4, then 2 left
        SurvivalCurve curve =
                KaplanMeier.estimate(
                        List.of(
                                SurvivalTime.event(10),
                                SurvivalTime.censored(10),
                                SurvivalTime.event(20),
                                SurvivalTime.censored(30)));
        assertThat(curve.survivalAt(10)).isEqualTo(Rational.of(3, 4));
        // day 20: 2 at risk, 1 event: 3/4 · 1/2 = 3/8; Greenwood 1/(4·3) + 1/(2·1) = 7/12
        assertThat(curve.survivalAt(20)).isEqualTo(Rational.of(3, 8));
        assertThat(curve.greenwoodSumAt(20)).isEqualTo(Rational.of(7, 12));
        assertThat(curve.atRiskAt(20)).isEqualTo(2);
    }

    @Test
    void withoutEventsTheEstimateIsOneAndHasNoInterval() {
        SurvivalCurve curve =
                KaplanMeier.estimate(
                        List.of(SurvivalTime.censored(100), SurvivalTime.censored(731)));
        assertThat(curve.survivalAt(StudyTimeScale.day(24))).isEqualTo(Rational.ONE);
        assertThat(curve.confidenceIntervalAt(730)).isEmpty();
        assertThat(curve.atRiskAt(730)).isEqualTo(1);
    }

    @Test
    void beyondTheLongestFollowUpThereIsNoEstimateUnlessItReachedZero() {
        SurvivalCurve censoredLast =
                KaplanMeier.estimate(List.of(SurvivalTime.event(100), SurvivalTime.censored(400)));
        assertThat(censoredLast.estimateAt(400)).contains(Rational.of(1, 2));
        assertThat(censoredLast.estimateAt(730)).isEmpty();
        assertThat(censoredLast.intervalAt(730)).isEmpty();
        assertThat(OutcomeFormat.survival(censoredLast, 730))
                .isEqualTo("not reached (longest follow-up day 400)");
        SurvivalCurve allEvents = KaplanMeier.estimate(List.of(SurvivalTime.event(100)));
        assertThat(allEvents.estimateAt(730)).contains(Rational.ZERO);
    }

    @Test
    void noPatientsNoSteps() {
        SurvivalCurve curve = KaplanMeier.estimate(List.of());
        assertThat(curve.steps()).isEmpty();
        assertThat(curve.survivalAt(730)).isEqualTo(Rational.ONE);
        assertThat(curve.atRiskAt(0)).isZero();
    }

    @Test
    void withoutCensoringGreenwoodIsTheBinomialVariance() {
        // 10 patients, events at 1..4, six followed beyond: S(4) = 6/10; binomial variance
        // S(1 − S)/n = 0.6 · 0.4 / 10 = 0.024 = S² · sum, so sum = 0.024 / 0.36 = 1/15
        var times =
                List.of(
                        SurvivalTime.event(1),
                        SurvivalTime.event(2),
                        SurvivalTime.event(3),
                        SurvivalTime.event(4),
                        SurvivalTime.censored(50),
                        SurvivalTime.censored(50),
                        SurvivalTime.censored(50),
                        SurvivalTime.censored(50),
                        SurvivalTime.censored(50),
                        SurvivalTime.censored(50));
        SurvivalCurve curve = KaplanMeier.estimate(times);
        assertThat(curve.survivalAt(4)).isEqualTo(Rational.of(3, 5));
        assertThat(curve.greenwoodSumAt(4)).isEqualTo(Rational.of(1, 15));
        // SE = √0.024 = 0.15491933…, rounded up
        assertThat(step(curve, 4).standardError()).contains(new BigDecimal("0.154920"));
    }

    @Test
    void theStudyTimeScale() {
        assertThat(StudyTimeScale.day(24)).isEqualTo(730);
        assertThat(StudyTimeScale.day(12)).isEqualTo(365);
        assertThat(StudyTimeScale.day(6)).isEqualTo(182);
        assertThat(StudyTimeScale.day(0)).isZero();
    }

    private static void assertRow(
            SurvivalCurve curve,
            long day,
            int atRisk,
            int events,
            Rational survival,
            String standardError,
            double lower,
            double upper) {
        SurvivalStep step = step(curve, day);
        assertThat(step.atRisk()).as("n at %d", day).isEqualTo(atRisk);
        assertThat(step.events()).as("d at %d", day).isEqualTo(events);
        assertThat(step.survival()).as("S(%d)", day).isEqualTo(survival);
        // the table rounds to six places; ours is rounded up, so it is the table's or one above
        BigDecimal se = step.standardError().orElseThrow();
        assertThat(se.subtract(new BigDecimal(standardError)))
                .as("SE at %d", day)
                .isBetween(BigDecimal.ZERO, new BigDecimal("0.000001"));
        ConfidenceInterval ci = step.confidenceInterval().orElseThrow();
        // the table rounds to nearest; ours outward, so each end is within one unit of the fourth
        // place
        assertThat(ci.lower().doubleValue())
                .as("lower at %d", day)
                .isCloseTo(lower, within(1.01e-4));
        assertThat(ci.upper().doubleValue())
                .as("upper at %d", day)
                .isCloseTo(upper, within(1.01e-4));
        assertThat(ci.lower().doubleValue()).isLessThanOrEqualTo(lower + 1e-9);
        assertThat(ci.upper().doubleValue()).isGreaterThanOrEqualTo(upper - 1e-9);
    }

    private static SurvivalStep step(SurvivalCurve curve, long day) {
        return curve.steps().stream().filter(s -> s.day() == day).findFirst().orElseThrow();
    }
}
