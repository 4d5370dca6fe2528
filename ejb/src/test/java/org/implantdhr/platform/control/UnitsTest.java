package org.implantdhr.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {

    private static Quantity q(String value, String unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    @Test
    void ppmIsConvertedExactlyToWeightPercent() {
        assertThat(Units.MASS_FRACTION_PCT.convert(q("1300", "ppm"), "o"))
                .isEqualByComparingTo("0.13");
        assertThat(Units.MASS_FRACTION_PCT.convert(q("0.1304", "wt%"), "o"))
                .isEqualTo(new BigDecimal("0.1304"));
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
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("uts");
    }

    @Test
    void aMissingUnitOrValueIsRefusedAndAnAbsentQuantityStaysAbsent() {
        assertThatThrownBy(() -> Units.GRAM.convert(new Quantity(BigDecimal.ONE, " "), "mass"))
                .hasMessageContaining("has no unit");
        assertThatThrownBy(() -> Units.GRAM.convert(new Quantity(null, "g"), "mass"))
                .hasMessageContaining("no value");
        assertThat(Units.GRAM.convert(null, "mass")).isNull();
    }

    @Test
    void aValueOutsideItsPhysicalRangeOrTooPreciseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Units.GRAM.convert(q("0", "g"), "measuredMass"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("measuredMass"));
        assertThatThrownBy(() -> Units.GRAM.convert(q("10", "kg"), "measuredMass"))
                .hasMessageContaining("outside (0, 10000)");
        assertThatThrownBy(() -> Units.MASS_FRACTION_PCT.convert(q("101", "wt%"), "oxygen"))
                .hasMessageContaining("[0, 100]");
        assertThatThrownBy(() -> Units.MASS_FRACTION_PCT.convert(q("-1", "ppm"), "oxygen"))
                .hasMessageContaining("[0, 100]");
        assertThatThrownBy(() -> Units.GRAM.convert(q("41.000000001", "g"), "measuredMass"))
                .hasMessageContaining("8 in g");
        assertThat(Units.GRAM.convert(q("93.0304", "g"), "measuredMass"))
                .isEqualByComparingTo("93.0304");
        assertThatThrownBy(() -> Units.GRAM.convert(q("1e999999999", "g"), "measuredMass"))
                .hasMessageContaining("not a plausible");
        assertThat(Units.GRAM.convert(q("9.999", "kg"), "measuredMass"))
                .isEqualByComparingTo("9999");
        assertThat(Units.MASS_FRACTION_PCT.convert(q("0", "ppm"), "oxygen"))
                .isEqualByComparingTo("0");
    }
}
