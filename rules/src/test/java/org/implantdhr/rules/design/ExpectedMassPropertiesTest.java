package org.implantdhr.rules.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.implantdhr.rules.Judge;
import org.implantdhr.rules.Outcome;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.SpecificationCsv;

/**
 * DES-MASS against the exact oracle |measured − expected| · 100 ≤ 5 · expected, for masses recorded
 * to 0.1 mg at, 0.1 mg inside and 0.1 mg outside ±5 %, and anywhere around; the report is never
 * rounded toward passing.
 */
class ExpectedMassPropertiesTest {

    private static final Limit DEVIATION =
            SpecificationCsv.classpath("TI64-ELI-CW", "1.1")
                    .getLimit("DES-MASS", "deviation_percent");
    private static final BigDecimal DENSITY = new BigDecimal("4.43");
    private static final BigDecimal TENTH_MG = new BigDecimal("0.0001");

    @Provide
    Arbitrary<BigDecimal> volumes() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("1"), new BigDecimal("150"))
                        .ofScale(3),
                // inch designs: cubic inches × 16.387064 cm³
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.1"), new BigDecimal("9"))
                        .ofScale(3)
                        .map(in3 -> in3.multiply(new BigDecimal("16.387064"))));
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.oneOf(
                Arbitraries.of(new BigDecimal("5"), new BigDecimal("-5")),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-6"), new BigDecimal("6"))
                        .ofScale(5));
    }

    @Property(tries = 1000)
    void theDeviationIsJudgedExactlyAndReportedTowardFailing(
            @ForAll("volumes") BigDecimal volume,
            @ForAll("percents") BigDecimal percent,
            @ForAll @IntRange(min = -1, max = 1) int tenthsOfAMilligram) {
        BigDecimal expected = volume.multiply(DENSITY);
        BigDecimal measured =
                expected.multiply(BigDecimal.ONE.add(percent.movePointLeft(2)))
                        .setScale(4, RoundingMode.HALF_EVEN)
                        .add(TENTH_MG.multiply(BigDecimal.valueOf(tenthsOfAMilligram)));
        ExpectedMass mass = ExpectedMass.of(volume, DENSITY, measured, DEVIATION);

        boolean within =
                measured.subtract(expected)
                                .abs()
                                .multiply(BigDecimal.valueOf(100))
                                .compareTo(expected.multiply(BigDecimal.valueOf(5)))
                        <= 0;
        Outcome outcome =
                Judge.value(DEVIATION, "mass", mass.deviationPercent(), "balance").outcome();
        assertThat(outcome)
                .as("deviation %s reported %s", percent, mass.deviationPercent())
                .isEqualTo(within ? Outcome.PASS : Outcome.FAIL);
        BigDecimal exactTimesExpected =
                measured.subtract(expected).multiply(BigDecimal.valueOf(100));
        int side = mass.deviationPercent().multiply(expected).compareTo(exactTimesExpected);
        if (exactTimesExpected.signum() > 0) {
            assertThat(side)
                    .as("above zero the report is not below the exact value")
                    .isGreaterThanOrEqualTo(0);
        } else if (exactTimesExpected.signum() < 0) {
            assertThat(side)
                    .as("below zero the report is not above the exact value")
                    .isLessThanOrEqualTo(0);
        }
    }

    @Example
    void theIssuesMassesAreJudgedAsRecorded() {
        BigDecimal volume = new BigDecimal("20");
        assertThat(ExpectedMass.of(volume, DENSITY, null, DEVIATION).expectedG())
                .isEqualByComparingTo("88.6");
        assertThat(judge(volume, "93.0304")).isEqualTo(Outcome.FAIL);
        assertThat(
                        ExpectedMass.of(volume, DENSITY, new BigDecimal("93.0304"), DEVIATION)
                                .deviationPercent())
                .isEqualByComparingTo("5.0005");
        assertThat(judge(volume, "84.1696")).isEqualTo(Outcome.FAIL);
        assertThat(judge(volume, "93.03")).isEqualTo(Outcome.PASS);
        // 5 in³ = 81.93532 cm³ → 362.9734676 g; +5.0 % exactly
        assertThat(judge(new BigDecimal("81.93532"), "381.12213098")).isEqualTo(Outcome.PASS);
        assertThat(
                        ExpectedMass.of(
                                        new BigDecimal("81.93532"),
                                        DENSITY,
                                        new BigDecimal("381.12213098"),
                                        DEVIATION)
                                .deviationPercent())
                .isEqualByComparingTo("5");
    }

    private static Outcome judge(BigDecimal volume, String measured) {
        return Judge.value(
                        DEVIATION,
                        "mass",
                        ExpectedMass.of(volume, DENSITY, new BigDecimal(measured), DEVIATION)
                                .deviationPercent(),
                        "")
                .outcome();
    }
}
