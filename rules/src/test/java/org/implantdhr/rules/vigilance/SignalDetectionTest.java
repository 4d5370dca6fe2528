package org.implantdhr.rules.vigilance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The registries' outlier rule on worked examples, and on generated groups against a plainly
 * written oracle in double precision (compared only where the oracle is not within rounding of a
 * boundary).
 */
class SignalDetectionTest {

    private static final long YEAR =
            36525; // 100 implant-years in days; a group's days are multiples below

    private static SignalAssessment only(List<Exposure> groups, String name) {
        return SignalDetection.assess(groups).stream()
                .filter(a -> a.group().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Example
    void aLotWithManyEventsAmongManyImplantsIsFlagged() {
        // lot A: 12 implants, 6 events in 12 implant-years; 8 other lots: 96 implants, 4 events in
        // 96 years
        List<Exposure> groups = new ArrayList<>();
        groups.add(new Exposure("A", 12, 6, 6, 12 * 36525 / 100));
        for (int i = 0; i < 8; i++) {
            groups.add(new Exposure("L" + i, 12, i < 4 ? 1 : 0, i < 4 ? 1 : 0, 12 * 36525 / 100));
        }
        SignalAssessment a = only(groups, "A");
        assertThat(a.flagged()).isTrue();
        assertThat(a.ratePer100ImplantYears()).isEqualByComparingTo("50.00");
        assertThat(a.comparisonRatePer100ImplantYears()).isEqualByComparingTo("9.26");
        assertThat(a.poissonProbability()).isLessThan(new BigDecimal("0.05"));
        assertThat(only(groups, "L0").flagged()).isFalse();
        // what it was compared with, exactly, and under which rule: a QA review records both
        assertThat(a.comparison())
                .isEqualTo(new Exposure("all", 108, 10, 10, 9 * (12 * 36525 / 100)));
        assertThat(a.ruleVersion()).isEqualTo(SignalDetection.VERSION);
    }

    @Example
    void exactlyTwiceTheRateIsNotMoreThanTwice() {
        // A is more than a quarter of all implants, so it is compared with B and C alone: 4 events
        // in
        // d days against 4 events in 2d days, exactly twice the rate
        List<Exposure> groups =
                List.of(
                        new Exposure("A", 10, 4, 4, 1000),
                        new Exposure("B", 10, 2, 2, 1000),
                        new Exposure("C", 10, 2, 2, 1000));
        SignalAssessment a = only(groups, "A");
        assertThat(a.reasons().get(0)).startsWith("rate not more than twice");
        assertThat(a.flagged()).isFalse();
    }

    @Example
    void fewImplantsNeedThreeQuartersWithAnEventAndTwoEvents() {
        List<Exposure> others = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            others.add(new Exposure("L" + i, 10, 0, 0, 3652));
        }
        List<Exposure> threeOfFour = new ArrayList<>(others);
        threeOfFour.add(new Exposure("F", 4, 3, 3, 1461));
        assertThat(only(threeOfFour, "F").flagged()).isTrue();

        List<Exposure> twoOfFour = new ArrayList<>(others);
        twoOfFour.add(new Exposure("F", 4, 2, 5, 1461));
        assertThat(only(twoOfFour, "F").flagged()).isFalse();

        List<Exposure> oneOfOne = new ArrayList<>(others);
        oneOfOne.add(new Exposure("F", 1, 1, 1, 365));
        assertThat(only(oneOfOne, "F").flagged()).as("only one event").isFalse();
    }

    @Example
    void aGroupAloneHasNothingToBeComparedWith() {
        SignalAssessment a = only(List.of(new Exposure("A", 20, 5, 5, 7000)), "A");
        assertThat(a.flagged()).isFalse();
        assertThat(a.reasons()).containsExactly("no other implants to compare with");
    }

    @Example
    void aGroupWithoutTimeAtRiskIsNotJudged() {
        SignalAssessment a =
                only(
                        List.of(new Exposure("A", 3, 0, 0, 0), new Exposure("B", 30, 1, 1, 9000)),
                        "A");
        assertThat(a.flagged()).isFalse();
        assertThat(a.reasons()).containsExactly("no implant-days at risk yet");
    }

    @Example
    void poissonTailAgainstKnownValues() {
        // P(X ≥ 1 | λ = 3) = 1 − e^−3 = 0.950213…; P(X ≥ 6 | λ = 2) = 0.016563…; P(X ≥ 5 | λ = 2) =
        // 0.052653…
        assertThat(PoissonTail.below(1, 3, 1, new BigDecimal("0.05"))).isFalse();
        assertThat(PoissonTail.below(6, 2, 1, new BigDecimal("0.05"))).isTrue();
        assertThat(PoissonTail.below(5, 2, 1, new BigDecimal("0.05"))).isFalse();
        assertThat(PoissonTail.approximately(6, 2, 1)).isEqualByComparingTo("0.0166");
        assertThat(PoissonTail.approximately(5, 2, 1)).isEqualByComparingTo("0.0527");
        assertThat(PoissonTail.approximately(1, 3, 1)).isEqualByComparingTo("0.950");
        // a far tail keeps its digits: P(X ≥ 40 | λ = 1) = 4.6214e-49 (Python's decimal, 60 digits)
        assertThat(PoissonTail.approximately(40, 1, 1)).isEqualByComparingTo("4.62e-49");
        assertThat(PoissonTail.below(40, 1, 1, new BigDecimal("0.05"))).isTrue();
        // with a large expected count: P(X ≥ 250 | λ = 200) = 0.000362, P(X ≥ 210 | λ = 200) =
        // 0.2488
        assertThat(PoissonTail.below(250, 200, 1, new BigDecimal("0.05"))).isTrue();
        assertThat(PoissonTail.below(210, 200, 1, new BigDecimal("0.05"))).isFalse();
    }

    @Property(tries = 300)
    void agreesWithAPlainOracle(@ForAll("groups") List<Exposure> groups) {
        List<SignalAssessment> assessed = SignalDetection.assess(groups);
        for (int g = 0; g < groups.size(); g++) {
            Boolean expected = Oracle.flagged(groups.get(g), groups);
            if (expected != null) {
                assertThat(assessed.get(g).flagged())
                        .as("%s among %s", groups.get(g), groups)
                        .isEqualTo(expected);
            }
        }
    }

    @Provide
    Arbitrary<List<Exposure>> groups() {
        Arbitrary<Exposure> group =
                Combinators.combine(
                                Arbitraries.integers().between(1, 30),
                                Arbitraries.integers().between(0, 100),
                                Arbitraries.integers().between(0, 12),
                                Arbitraries.longs().between(0, 30 * 730))
                        .as(
                                (implants, withEventPercent, extraEvents, days) -> {
                                    int withEvent = implants * withEventPercent / 100;
                                    return new Exposure(
                                            "G",
                                            implants,
                                            withEvent,
                                            withEvent + extraEvents,
                                            days);
                                });
        return group.list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(
                        list -> {
                            List<Exposure> named = new ArrayList<>();
                            for (int i = 0; i < list.size(); i++) {
                                Exposure e = list.get(i);
                                named.add(
                                        new Exposure(
                                                "G" + i,
                                                e.implants(),
                                                e.implantsWithEvent(),
                                                e.events(),
                                                e.implantDays()));
                            }
                            return named;
                        });
    }

    /** The rule as the registry states it, in doubles; null where a double is too close to call. */
    static final class Oracle {
        static Boolean flagged(Exposure g, List<Exposure> all) {
            double implants = 0, events = 0, days = 0;
            for (Exposure e : all) {
                implants += e.implants();
                events += e.events();
                days += e.implantDays();
            }
            if (g.implants() > 0.25 * implants) {
                implants -= g.implants();
                events -= g.events();
                days -= g.implantDays();
            }
            if (g.implantDays() == 0 || days == 0) {
                return false;
            }
            double rate = g.events() / (double) g.implantDays();
            double comparison = events / days;
            if (Math.abs(rate - 2 * comparison) < 1e-12) {
                return null;
            }
            boolean higher = rate > 2 * comparison;
            double lambda = comparison * g.implantDays();
            double below = 0; // P(X < k)
            double term = Math.exp(-lambda);
            for (int i = 0; i < g.events(); i++) {
                below += term;
                term *= lambda / (i + 1);
            }
            double p = 1 - below;
            if (Math.abs(p - 0.05) < 1e-9) {
                return null;
            }
            boolean improbable = p < 0.05;
            boolean enough =
                    g.implants() >= 10
                            || (g.implantsWithEvent() >= 0.75 * g.implants() && g.events() >= 2);
            return higher && improbable && enough;
        }
    }
}
