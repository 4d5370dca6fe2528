package org.implantdhr.rules.vigilance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The signal limits are read from their versioned file, whole, and nothing else is accepted. */
class SignalLimitsTest {

    @Test
    void sig10HoldsTheRegistriesLimits() {
        SignalLimits limits = SignalLimits.classpath("SIG", "1.0");
        assertThat(limits.name()).isEqualTo("SIG-1.0").isEqualTo(SignalDetection.VERSION);
        assertThat(limits.rateRatio()).isEqualByComparingTo("2");
        assertThat(limits.significance()).isEqualByComparingTo("0.05");
        assertThat(limits.minimumImplants()).isEqualTo(10);
        assertThat(limits.fewImplantsMinimumEventShare()).isEqualByComparingTo("0.75");
        assertThat(limits.fewImplantsMinimumEvents()).isEqualTo(2);
        assertThat(limits.dominantGroupShare()).isEqualByComparingTo("0.25");
    }

    @Test
    void anUnknownVersionIsRefusedNotGuessed() {
        assertThatThrownBy(() -> SignalLimits.classpath("SIG", "9.9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SIG-9.9.properties");
    }

    @Test
    void aShareAboveOneOrANonPositiveRatioIsRefused() {
        BigDecimal half = new BigDecimal("0.5");
        assertThatThrownBy(
                        () ->
                                new SignalLimits(
                                        "SIG",
                                        "x",
                                        BigDecimal.ONE,
                                        half,
                                        10,
                                        new BigDecimal("1.5"),
                                        2,
                                        half))
                .hasMessageContaining("few_implants.minimum_event_share");
        assertThatThrownBy(
                        () ->
                                new SignalLimits(
                                        "SIG", "x", BigDecimal.ZERO, half, 10, half, 2, half))
                .hasMessageContaining("rate_ratio");
    }
}
