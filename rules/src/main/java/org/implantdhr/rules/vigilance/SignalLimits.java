package org.implantdhr.rules.vigilance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The limits of signal detection ({@link SignalDetection}), as versioned data like the vigilance
 * criteria: {@code criteria/<code>-<version>.properties}. A QA review of a flag records the
 * version, so a review made under other limits is not taken for a review of today's flag.
 *
 * @param rateRatio how many times the comparison rate a group's rate must exceed
 * @param significance the Poisson probability below which the group's events are improbable
 * @param minimumImplants the implants a group needs to be judged on its rate alone
 * @param fewImplantsMinimumEventShare with fewer implants: the share of them that had an event
 * @param fewImplantsMinimumEvents with fewer implants: the events they had at least
 * @param dominantGroupShare above this share of all implants a group is compared with the rest
 */
public record SignalLimits(
        String code,
        String version,
        BigDecimal rateRatio,
        BigDecimal significance,
        int minimumImplants,
        BigDecimal fewImplantsMinimumEventShare,
        int fewImplantsMinimumEvents,
        BigDecimal dominantGroupShare) {

    /** The limits in force: SIG 1.0. */
    public static final SignalLimits CURRENT = classpath("SIG", "1.0");

    public SignalLimits {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        positive(rateRatio, "rate_ratio");
        share(significance, "significance");
        share(fewImplantsMinimumEventShare, "few_implants.minimum_event_share");
        share(dominantGroupShare, "dominant_group_share");
        if (minimumImplants < 1 || fewImplantsMinimumEvents < 1) {
            throw new IllegalArgumentException("Minimum counts are at least 1");
        }
    }

    /** The name a review records, e.g. "SIG-1.0". */
    public String name() {
        return code + "-" + version;
    }

    /** The limits shipped in this jar as {@code criteria/<code>-<version>.properties}. */
    public static SignalLimits classpath(String code, String version) {
        CriteriaFile file = CriteriaFile.read("signal limits", code, version);
        return new SignalLimits(
                code,
                version,
                new BigDecimal(file.required("rate_ratio")),
                new BigDecimal(file.required("significance")),
                Integer.parseInt(file.required("minimum_implants")),
                new BigDecimal(file.required("few_implants.minimum_event_share")),
                Integer.parseInt(file.required("few_implants.minimum_events")),
                new BigDecimal(file.required("dominant_group_share")));
    }

    private static void positive(BigDecimal value, String key) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(key + " must be above 0");
        }
    }

    private static void share(BigDecimal value, String key) {
        positive(value, key);
        if (value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(key + " is a share, at most 1");
        }
    }

    @Override
    public String toString() {
        return code + " " + version;
    }
}
