package org.implantdhr.specification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.rules.specification.SpecificationCsv;
import org.implantdhr.specification.boundary.LimitChange;
import org.junit.jupiter.api.Test;

class LimitRevisionTest {

    private static final Specification BASELINE = SpecificationCsv.classpath("TI64-ELI-CW", "1.0");

    private static Limit baseline(String checkId, String parameter) {
        return BASELINE.getLimit(checkId, parameter);
    }

    private static LimitChange upper(String checkId, String parameter, Optional<BigDecimal> upper) {
        return new LimitChange(checkId, parameter, null, null, upper, null, null, null, null, null);
    }

    @Test
    void aChangedBoundKeepsItsDecimalPlacesAndEverythingElseOfTheLimit() {
        Limit revised =
                LimitRevision.apply(
                        baseline("PWD-CHEM-O", "O"),
                        upper("PWD-CHEM-O", "O", Optional.of(new BigDecimal("0.120"))),
                        "changes[0]");

        assertThat(revised.upper()).hasToString("0.120");
        assertThat(revised.comparison()).isEqualTo(Comparison.ROUNDED);
        assertThat(revised.unit()).isEqualTo("wt%");
        assertThat(revised.admits(new BigDecimal("0.1204"))).isTrue();
        assertThat(revised.admits(new BigDecimal("0.1206"))).isFalse();
    }

    @Test
    void aRangeWithTheLowerLimitAboveTheUpperIsRefused() {
        var change =
                new LimitChange(
                        "PWD-CHEM-AL",
                        "Al",
                        Optional.of(new BigDecimal("7.00")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);

        assertThatThrownBy(
                        () ->
                                LimitRevision.apply(
                                        baseline("PWD-CHEM-AL", "Al"), change, "changes[3]"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("changes[3].lower"));
    }

    @Test
    void anEqualRangeIsAdmissibleOnlyWhenInclusive() {
        var strict =
                new LimitChange(
                        "HT-BAND", "setpoint", null, true, null, null, null, null, null, null);

        assertThat(
                        LimitRevision.apply(
                                        baseline("HT-BAND", "setpoint"),
                                        upper(
                                                "HT-BAND",
                                                "setpoint",
                                                Optional.of(new BigDecimal("800"))),
                                        "c")
                                .text())
                .isEqualTo("= 800 °C");
        assertThatThrownBy(() -> LimitRevision.apply(baseline("HT-BAND", "setpoint"), strict, "c"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aNumericLimitKeepsABoundAndACriterionGetsNone() {
        assertThatThrownBy(
                        () ->
                                LimitRevision.apply(
                                        baseline("PWD-CHEM-FE", "Fe"),
                                        upper("PWD-CHEM-FE", "Fe", Optional.empty()),
                                        "c"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("c.upper"));
        assertThatThrownBy(
                        () ->
                                LimitRevision.apply(
                                        baseline("DES-HASH", "criterion"),
                                        upper("DES-HASH", "criterion", Optional.of(BigDecimal.ONE)),
                                        "c"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("c.lower"));
    }

    @Test
    void aValueGivenAsANumberStaysANumber() {
        var dense =
                new LimitChange(
                        "DES-MASS",
                        "density",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Optional.of("dense"),
                        null);
        var denser =
                new LimitChange(
                        "DES-MASS",
                        "density",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Optional.of("4.50"),
                        null);

        assertThatThrownBy(() -> LimitRevision.apply(baseline("DES-MASS", "density"), dense, "c"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("c.textValue"));
        assertThat(LimitRevision.apply(baseline("DES-MASS", "density"), denser, "c").number())
                .hasToString("4.50");
    }

    @Test
    void theUnitStaysTheOneTheRulesCompareIn() {
        var ppm =
                new LimitChange("PWD-CHEM-O", "O", null, null, null, null, null, "ppm", null, null);
        var same =
                new LimitChange(
                        "PWD-CHEM-O", "O", null, null, null, null, null, " wt% ", null, null);

        assertThatThrownBy(() -> LimitRevision.apply(baseline("PWD-CHEM-O", "O"), ppm, "c"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("c.unit");
                            assertThat(e.getMessage()).contains("wt%");
                        });
        assertThat(LimitRevision.apply(baseline("PWD-CHEM-O", "O"), same, "c").unit())
                .isEqualTo("wt%");
    }

    @Test
    void strictnessAndMethodChangeWhatPasses() {
        var strictAbsolute =
                new LimitChange(
                        "PWD-CHEM-O",
                        "O",
                        null,
                        null,
                        null,
                        true,
                        Comparison.ABSOLUTE,
                        null,
                        null,
                        null);

        Limit revised = LimitRevision.apply(baseline("PWD-CHEM-O", "O"), strictAbsolute, "c");

        assertThat(revised.text()).isEqualTo("< 0.13 wt%");
        assertThat(revised.admits(new BigDecimal("0.1299"))).isTrue();
        assertThat(revised.admits(new BigDecimal("0.1301"))).isFalse();
        assertThat(revised.admits(new BigDecimal("0.13"))).isFalse();
    }

    @Test
    void aDescriptionChangesButIsNeverEmptied() {
        var emptied =
                new LimitChange(
                        "DES-HASH", "criterion", null, null, null, null, null, null, null, "  ");
        var reworded =
                new LimitChange(
                        "DES-HASH",
                        "criterion",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        " Same hash ");

        assertThatThrownBy(
                        () -> LimitRevision.apply(baseline("DES-HASH", "criterion"), emptied, "c"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("c.description"));
        assertThat(LimitRevision.apply(baseline("DES-HASH", "criterion"), reworded, "c").text())
                .isEqualTo("Same hash");
    }
}
