package org.implantdhr.outcome.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The estimator against plainly written oracles on random follow-up data with many ties: Efron's
 * redistribute-to-the-right construction (a different algorithm that gives the same estimate,
 * exact), the binomial variance for data without censoring, a head count for the numbers at risk,
 * and the log-log interval evaluated from its textbook formula.
 */
class KaplanMeierPropertiesTest {

    @Provide
    Arbitrary<List<SurvivalTime>> followUps() {
        Arbitrary<SurvivalTime> one =
                Combinators.combine(Arbitraries.longs().between(0, 40), Arbitraries.of(true, false))
                        .as(SurvivalTime::new);
        return one.list().ofMinSize(0).ofMaxSize(30);
    }

    @Property(tries = 500)
    void theEstimateIsTheRedistributeToTheRightMass(@ForAll("followUps") List<SurvivalTime> times) {
        SurvivalCurve curve = KaplanMeier.estimate(times);
        for (long day = 0; day <= 41; day++) {
            assertThat(curve.survivalAt(day))
                    .as("S(%d) of %s", day, times)
                    .isEqualTo(redistributeToTheRight(times, day));
        }
    }

    @Property(tries = 300)
    void theNumbersAtRiskAreAHeadCount(@ForAll("followUps") List<SurvivalTime> times) {
        SurvivalCurve curve = KaplanMeier.estimate(times);
        for (long day = 0; day <= 41; day++) {
            long d = day;
            assertThat(curve.atRiskAt(day))
                    .isEqualTo((int) times.stream().filter(t -> t.days() >= d).count());
            assertThat(curve.eventsUpTo(day))
                    .isEqualTo(
                            (int) times.stream().filter(t -> t.event() && t.days() <= d).count());
            assertThat(curve.censoredUpTo(day))
                    .isEqualTo(
                            (int) times.stream().filter(t -> !t.event() && t.days() <= d).count());
        }
    }

    @Property(tries = 300)
    void withoutCensoringGreenwoodIsTheBinomialVariance(
            @ForAll("followUps") List<SurvivalTime> drawn) {
        List<SurvivalTime> times = drawn.stream().map(t -> SurvivalTime.event(t.days())).toList();
        SurvivalCurve curve = KaplanMeier.estimate(times);
        int n = times.size();
        for (long day = 0; day <= 41; day++) {
            long d = day;
            long alive = times.stream().filter(t -> t.days() > d).count();
            assertThat(curve.survivalAt(day))
                    .isEqualTo(n == 0 ? Rational.ONE : Rational.of(alive, n));
            if (alive > 0) {
                // Var(S) = S(1 − S)/n = S² · sum  ⇔  sum = (n − alive) / (n · alive)
                assertThat(curve.greenwoodSumAt(day)).isEqualTo(Rational.of(n - alive, n * alive));
            }
        }
    }

    @Property(tries = 500)
    void theIntervalHoldsTheEstimateAndEnclosesTheTextbookFormula(
            @ForAll("followUps") List<SurvivalTime> times) {
        SurvivalCurve curve = KaplanMeier.estimate(times);
        for (SurvivalStep step : curve.steps()) {
            var interval = step.confidenceInterval();
            double s = step.survival().doubleValue();
            if (s == 0 || s == 1) {
                assertThat(interval).isEmpty();
                continue;
            }
            double sum = step.greenwoodSum().doubleValue();
            double logMinusLog = Math.log(-Math.log(s));
            double sigma = Math.sqrt(sum) / Math.abs(Math.log(s));
            double lower = Math.exp(-Math.exp(logMinusLog + 1.959963984540054 * sigma));
            double upper = Math.exp(-Math.exp(logMinusLog - 1.959963984540054 * sigma));
            ConfidenceInterval ci = interval.orElseThrow();
            assertThat(ci.lower().doubleValue()).isBetween(lower - 1.0001e-4, lower);
            assertThat(ci.upper().doubleValue()).isBetween(upper, upper + 1.0001e-4);
            assertThat(ci.lower().doubleValue()).isBetween(0.0, s);
            assertThat(ci.upper().doubleValue()).isBetween(s, 1.0);
        }
    }

    @Property(tries = 300)
    void theEstimateNeverRises(@ForAll("followUps") List<SurvivalTime> times) {
        Rational previous = Rational.ONE;
        for (SurvivalStep step : KaplanMeier.estimate(times).steps()) {
            assertThat(step.survival()).isLessThanOrEqualTo(previous);
            previous = step.survival();
        }
    }

    /**
     * Efron (1967): every patient starts with mass 1/n; in time order (events before censorings on
     * the same day) a censored patient's mass is shared equally among those after it. S(day) is one
     * minus the mass of the events up to that day.
     */
    private static Rational redistributeToTheRight(List<SurvivalTime> times, long day) {
        List<SurvivalTime> ordered = new ArrayList<>(times);
        ordered.sort(
                Comparator.comparingLong(SurvivalTime::days).thenComparing(t -> t.event() ? 0 : 1));
        int n = ordered.size();
        if (n == 0) {
            return Rational.ONE;
        }
        Rational[] mass = new Rational[n];
        java.util.Arrays.fill(mass, Rational.of(1, n));
        for (int i = 0; i < n; i++) {
            if (!ordered.get(i).event() && i < n - 1) {
                Rational share = mass[i].times(Rational.of(1, n - 1 - i));
                for (int j = i + 1; j < n; j++) {
                    mass[j] = mass[j].plus(share);
                }
                mass[i] = Rational.ZERO;
            }
        }
        Rational dead = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            if (ordered.get(i).event() && ordered.get(i).days() <= day) {
                dead = dead.plus(mass[i]);
            }
        }
        return Rational.ONE.minus(dead);
    }
}
