package org.implantdhr.platform.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitsTest {

    private static Quantity q(String value, String unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    @Test
    void ppmIsConvertedExactlyToWeightPercent() {
        assertThat(Units.MASS_FRACTION_PCT.convert(q("1300", "ppm"), "o")).isEqualByComparingTo("0.13");
        assertThat(Units.MASS_FRACTION_PCT.convert(q("0.1304", "wt%"), "o")).isEqualTo(new BigDecimal("0.1304"));
    }

    @Test
    void millimetresBecomeMicrometresAndBack() {
        assertThat(Units.MICROMETRE.convert(q("0.045", "mm"), "d90")).isEqualByComparingTo("45");
        assertThat(Units.MILLIMETRE.convert(q("800", "µm"), "slice")).isEqualByComparingTo("0.8");
    }

    @Test
    void anInexactOrUnknownUnitIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Units.MEGAPASCAL.convert(q("130", "ksi"), "uts"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'ksi' is not a unit for uts")
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("uts");
    }

    @Test
    void aMissingUnitOrValueIsRefusedAndAnAbsentQuantityStaysAbsent() {
        assertThatThrownBy(() -> Units.GRAM.convert(new Quantity(BigDecimal.ONE, " "), "mass"))
                .hasMessageContaining("has no unit");
        assertThatThrownBy(() -> Units.GRAM.convert(new Quantity(null, "g"), "mass"))
                .hasMessageContaining("no value");
        assertThat(Units.GRAM.convert(null, "mass")).isNull();
    }
}
