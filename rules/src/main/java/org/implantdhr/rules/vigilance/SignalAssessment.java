package org.implantdhr.rules.vigilance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One group's result of {@link SignalDetection}: whether it is flagged for QA review, its event
 * rate and the rate it was compared with (events per 100 implant-years, for reading; the decision
 * is exact), the Poisson probability of at least its events at the comparison rate (for reading,
 * three significant digits), each criterion in words, and the exact numbers of what it was compared
 * with ({@code comparison}: all implants, or the rest when the group is more than a quarter of
 * them) and the rule's {@link SignalDetection#VERSION version}, which a QA review of the flag
 * records.
 */
public record SignalAssessment(
        String group,
        boolean flagged,
        BigDecimal ratePer100ImplantYears,
        BigDecimal comparisonRatePer100ImplantYears,
        BigDecimal poissonProbability,
        List<String> reasons,
        Exposure comparison,
        String ruleVersion) {

    public SignalAssessment {
        reasons = List.copyOf(reasons);
    }
}
