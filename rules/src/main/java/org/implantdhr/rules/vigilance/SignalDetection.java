package org.implantdhr.rules.vigilance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The registries' outlier rule (AOANJRR, stage 1), applied to groups of implants that share a
 * powder lot, a build, a furnace run or a design family. Its limits are versioned data ({@link
 * SignalLimits}, {@code criteria/SIG-1.0.properties}); with SIG 1.0's, a group is flagged for QA
 * review when all three hold:
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
 * implant-days (and the limits' decimals, as BigDecimal), and the Poisson probability by interval
 * arithmetic ({@link PoissonTail}); the rates per 100 implant-years (365.25 days a year) and the
 * probability are rounded only for reading.
 */
public final class SignalDetection {

    private static final SignalLimits LIMITS = SignalLimits.CURRENT;

    /**
     * The rule and its limits, named ("SIG-1.0"): a QA review of a flag records it, so a review
     * made under other limits is not taken for a review of today's flag.
     */
    public static final String VERSION = LIMITS.name();

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
        // more than a quarter of the implants (SIG 1.0): left out of the rate it is compared with
        boolean dominant =
                exact(group.implants())
                                .compareTo(
                                        LIMITS.dominantGroupShare().multiply(exact(all.implants())))
                        > 0;
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
                        ? "the other implants (this group is more than "
                                + percent(LIMITS.dominantGroupShare())
                                + " of all)"
                        : "all implants";

        // (i) e_g / d_g > r · e_c / d_c  ⇔  e_g · d_c > r · e_c · d_g
        boolean higherRate =
                exact(group.events())
                                .multiply(exact(comparison.implantDays()))
                                .compareTo(
                                        LIMITS.rateRatio()
                                                .multiply(exact(comparison.events()))
                                                .multiply(exact(group.implantDays())))
                        > 0;
        String times = timesInWords(LIMITS.rateRatio());
        reasons.add(
                (higherRate ? "rate more than " : "rate not more than ")
                        + times
                        + " that of "
                        + against);

        // (ii) expected events at the comparison rate: λ = e_c · d_g / d_c
        long lambdaNumerator = Math.multiplyExact((long) comparison.events(), group.implantDays());
        long lambdaDenominator = comparison.implantDays();
        boolean improbable =
                PoissonTail.below(
                        group.events(), lambdaNumerator, lambdaDenominator, LIMITS.significance());
        BigDecimal p =
                PoissonTail.approximately(group.events(), lambdaNumerator, lambdaDenominator);
        reasons.add(
                (improbable ? "" : "not ")
                        + "improbable at that rate (Poisson P of "
                        + group.events()
                        + " or more events "
                        + (improbable ? "below " : "at least ")
                        + LIMITS.significance().toPlainString()
                        + ")");

        // (iii) enough implants, or nearly all of few implants with an event
        boolean enough =
                group.implants() >= LIMITS.minimumImplants()
                        || (exact(group.implantsWithEvent())
                                                .compareTo(
                                                        LIMITS.fewImplantsMinimumEventShare()
                                                                .multiply(exact(group.implants())))
                                        >= 0
                                && group.events() >= LIMITS.fewImplantsMinimumEvents());
        reasons.add(
                enough
                        ? "enough implants to judge"
                        : "fewer than "
                                + LIMITS.minimumImplants()
                                + " implants and not "
                                + percent(LIMITS.fewImplantsMinimumEventShare())
                                + " of them with an event and "
                                + LIMITS.fewImplantsMinimumEvents()
                                + " events");

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

    private static BigDecimal exact(long value) {
        return BigDecimal.valueOf(value);
    }

    /** 0.25 → "a quarter"; 0.75 → "75 %". */
    private static String percent(BigDecimal share) {
        if (share.compareTo(new BigDecimal("0.25")) == 0) {
            return "a quarter";
        }
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** 2 → "twice"; 3 → "3 times". */
    private static String timesInWords(BigDecimal ratio) {
        return ratio.compareTo(BigDecimal.valueOf(2)) == 0
                ? "twice"
                : ratio.stripTrailingZeros().toPlainString() + " times";
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
