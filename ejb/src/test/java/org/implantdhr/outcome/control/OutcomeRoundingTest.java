package org.implantdhr.outcome.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Every shown number is rounded against the device, never toward it. */
class OutcomeRoundingTest {

    @Test
    void sharesRoundAgainstTheDevice() {
        // 1 of 3 = 33.333… %: improved (more is better) shows 33.3, events (more is worse) 33.4
        assertThat(Share.good(1, 3).percent()).isEqualByComparingTo("33.3");
        assertThat(Share.bad(1, 3).percent()).isEqualByComparingTo("33.4");
        assertThat(Share.good(2, 3).percent()).isEqualByComparingTo("66.6");
        assertThat(Share.bad(2, 3).percent()).isEqualByComparingTo("66.7");
        assertThat(Share.bad(1, 8).percent()).isEqualByComparingTo("12.5");
        assertThat(Share.good(0, 0).percent()).isNull();
        assertThat(Share.good(0, 0).text()).isEqualTo("0 of 0");
    }

    @Test
    void survivalDownIntervalsOutwardStaysUpGainsDown() {
        assertThat(OutcomeFormat.survival(Rational.of(7, 18))).isEqualTo("38.8 %"); // 38.888…
        assertThat(OutcomeFormat.survival(Rational.ONE)).isEqualTo("100.0 %");
        assertThat(
                        OutcomeFormat.interval(
                                Optional.of(
                                        new ConfidenceInterval(
                                                new BigDecimal("0.0630"),
                                                new BigDecimal("0.7243")))))
                .isEqualTo("6.3–72.5 %");
        assertThat(OutcomeFormat.interval(Optional.empty())).isEqualTo("—");
        assertThat(OutcomeFormat.days(Rational.of(61, 3))).isEqualTo("20.4"); // 20.333…
        assertThat(OutcomeFormat.days(Rational.of(39, 2))).isEqualTo("19.5");
        assertThat(OutcomeFormat.gain(Rational.of(40, 3))).isEqualTo("+13.3");
        assertThat(OutcomeFormat.gain(Rational.of(-1, 3))).isEqualTo("-0.4");
    }

    @Test
    void theMedianStayIsExact() {
        assertThat(HospitalStay.median(List.of(15L, 18L, 21L, 30L))).isEqualTo(Rational.of(39, 2));
        assertThat(HospitalStay.median(List.of(15L, 18L, 21L))).isEqualTo(Rational.of(18, 1));
        assertThat(HospitalStay.median(List.of())).isNull();
        var stay = new HospitalStay("g", 4, List.of(31L, 15L, 30L), List.of(33L, 17L, 32L));
        assertThat(stay.postOperativeDays()).containsExactly(15L, 30L, 31L);
        assertThat(stay.withinStudyWindow()).isEqualTo(Share.good(2, 4));
    }

    @Property(tries = 500)
    void aShownShareNeverFlattersTheCount(
            @ForAll @IntRange(min = 0, max = 500) int count,
            @ForAll @IntRange(min = 1, max = 500) int of) {
        // exact oracle: shown · of compared with count · 100, in integers of tenths
        long tenthsGood = Share.good(count, of).percent().movePointRight(1).longValueExact();
        long tenthsBad = Share.bad(count, of).percent().movePointRight(1).longValueExact();
        assertThat(tenthsGood * of).isLessThanOrEqualTo(count * 1000L);
        assertThat((tenthsGood + 1) * of).isGreaterThan(count * 1000L);
        assertThat(tenthsBad * of).isGreaterThanOrEqualTo(count * 1000L);
        assertThat((tenthsBad - 1) * of).isLessThan(count * 1000L);
    }
}
