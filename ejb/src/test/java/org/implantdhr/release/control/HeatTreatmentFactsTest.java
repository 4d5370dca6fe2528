package org.implantdhr.release.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatTreatmentFactsTest {

    @Test
    void readsTheSetpointFromTheRecipeName() {
        assertThat(HeatTreatmentFacts.setpoint("SR-800-2H")).isEqualByComparingTo("800");
        assertThat(HeatTreatmentFacts.setpoint("custom")).isNull();
        assertThat(HeatTreatmentFacts.setpoint(null)).isNull();
    }
}
