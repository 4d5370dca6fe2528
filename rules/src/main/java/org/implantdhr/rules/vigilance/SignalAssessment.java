package org.implantdhr.rules.vigilance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One group's result of {@link SignalDetection}: whether it is flagged for QA review, its event
 * rate and the rate it was compared with (events per 100 implant-years, for reading; the decision
 * is exact), the Poisson probability of at least its events at the comparison rate (for reading,
 * three significant digits), and each criterion in words.
 */
public record SignalAssessment(
        String group,
        boolean flagged,
        BigDecimal ratePer100ImplantYears,
        BigDecimal comparisonRatePer100ImplantYears,
        BigDecimal poissonProbability,
        List<String> reasons) {

    public SignalAssessment {
        reasons = List.copyOf(reasons);
    }
}
