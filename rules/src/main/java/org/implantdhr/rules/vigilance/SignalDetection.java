package org.implantdhr.rules.vigilance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The registries' outlier rule (AOANJRR, stage 1), applied to groups of implants that share a
 * powder lot, a build, a furnace run or a design family. A group is flagged for QA review when all
 * three hold:
 *
 * <ol>
 *   <li>its events per implant-year exceed twice the comparison rate;
 *   <li>at the comparison rate, at least its number of events has a Poisson probability below 0.05;
 *   <li>it has at least 10 implants, or at least 75 % of its implants had an event and it had at
 *       least 2 events.
 * </ol>
 *
 * The comparison rate is that of all groups together, without the group itself when it makes up
 * more than a quarter of the implants. A flag is a prompt for review and concludes nothing. Every
 * comparison is exact: rates are compared by cross-multiplying whole numbers of events and
 * implant-days, and the Poisson probability by interval arithmetic ({@link PoissonTail}); the rates
 * per 100 implant-years (365.25 days a year) and the probability are rounded only for reading.
 */
public final class SignalDetection {

    /**
     * The rule and its limits, named: a QA review of a flag records it, so a review made under
     * other limits is not taken for a review of today's flag. Change it with any limit or
     * criterion.
     */
    public static final String VERSION = "SIG-1.0";

    private static final BigDecimal SIGNIFICANCE = new BigDecimal("0.05");
    private static final int MINIMUM_IMPLANTS = 10;
    private static final int MINIMUM_EVENTS_WHEN_FEW = 2;
    private static final BigDecimal DAYS_PER_100_YEARS = new BigDecimal("36525");

    private SignalDetection() {}

    /** One assessment per group, in the order given. */
    public static List<SignalAssessment> assess(List<Exposure> groups) {
        Exposure all = Exposure.total(groups);
        List<SignalAssessment> assessments = new ArrayList<>();
        for (Exposure group : groups) {
            assessments.add(assess(group, all));
        }
        return assessments;
    }

    private static SignalAssessment assess(Exposure group, Exposure all) {
        // more than a quarter of the implants: left out of the rate it is compared with
        boolean dominant = 4L * group.implants() > all.implants();
        Exposure comparison = dominant ? all.minus(group) : all;
        List<String> reasons = new ArrayList<>();
        BigDecimal rate = per100ImplantYears(group);
        BigDecimal comparisonRate = per100ImplantYears(comparison);
        if (group.implantDays() == 0 || comparison.implantDays() == 0) {
            reasons.add(
                    group.implantDays() == 0
                            ? "no implant-days at risk yet"
                            : "no other implants to compare with");
            return new SignalAssessment(
                    group.group(), false, rate, comparisonRate, null, reasons, comparison, VERSION);
        }
        String against =
                dominant
                        ? "the other implants (this group is more than a quarter of all)"
                        : "all implants";

        // (i) e_g / d_g > 2 · e_c / d_c  ⇔  e_g · d_c > 2 · e_c · d_g
        boolean higherRate =
                BigInteger.valueOf(group.events())
                                .multiply(BigInteger.valueOf(comparison.implantDays()))
                                .compareTo(
                                        BigInteger.valueOf(2L * comparison.events())
                                                .multiply(BigInteger.valueOf(group.implantDays())))
                        > 0;
        reasons.add(
                (higherRate ? "rate more than twice" : "rate not more than twice")
                        + " that of "
                        + against);

        // (ii) expected events at the comparison rate: λ = e_c · d_g / d_c
        long lambdaNumerator = Math.multiplyExact((long) comparison.events(), group.implantDays());
        long lambdaDenominator = comparison.implantDays();
        boolean improbable =
                PoissonTail.below(group.events(), lambdaNumerator, lambdaDenominator, SIGNIFICANCE);
        BigDecimal p =
                PoissonTail.approximately(group.events(), lambdaNumerator, lambdaDenominator);
        reasons.add(
                (improbable ? "" : "not ")
                        + "improbable at that rate (Poisson P of "
                        + group.events()
                        + " or more events "
                        + (improbable ? "below" : "at least")
                        + " 0.05)");

        // (iii) enough implants, or nearly all of few implants with an event
        boolean enough =
                group.implants() >= MINIMUM_IMPLANTS
                        || (4L * group.implantsWithEvent() >= 3L * group.implants()
                                && group.events() >= MINIMUM_EVENTS_WHEN_FEW);
        reasons.add(
                enough
                        ? "enough implants to judge"
                        : "fewer than 10 implants and not 75 % of them with an event and 2 events");

        return new SignalAssessment(
                group.group(),
                higherRate && improbable && enough,
                rate,
                comparisonRate,
                p,
                reasons,
                comparison,
                VERSION);
    }

    private static BigDecimal per100ImplantYears(Exposure exposure) {
        if (exposure.implantDays() == 0) {
            return null;
        }
        return BigDecimal.valueOf(exposure.events())
                .multiply(DAYS_PER_100_YEARS)
                .divide(BigDecimal.valueOf(exposure.implantDays()), 2, RoundingMode.HALF_EVEN);
    }
}
