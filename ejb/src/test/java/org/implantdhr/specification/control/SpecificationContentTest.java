package org.implantdhr.specification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.specification.boundary.SpecificationComparison;
import org.junit.jupiter.api.Test;

class SpecificationContentTest {

    private static Specification withOxygenUpper(String version, String upper) {
        return new Specification(
                "TI64-ELI-CW",
                version,
                List.of(
                        new Limit(
                                "PWD-CHEM-O",
                                "O",
                                null,
                                false,
                                new BigDecimal(upper),
                                false,
                                Comparison.ROUNDED,
                                "wt%",
                                null,
                                "Powder oxygen content"),
                        new Limit(
                                "BLD-O2", "gas", null, false, null, false, null, null, "ARGON",
                                "gas")));
    }

    @Test
    void theCanonicalContentHasSortedKeysAndTheBoundsAsWritten() {
        var content =
                new SpecificationContent(withOxygenUpper("1.1", "0.130"), LocalDate.of(2027, 1, 1));

        assertThat(content.canonicalJson())
                .isEqualTo(
                        "{\"code\":\"TI64-ELI-CW\",\"effectiveFrom\":\"2027-01-01\","
                                + "\"limits\":[{\"checkId\":\"PWD-CHEM-O\",\"comparison\":\"ROUNDED\",\"description\":\"Powder oxygen content\","
                                + "\"lower\":null,\"lowerStrict\":false,\"parameter\":\"O\",\"textValue\":null,\"unit\":\"wt%\","
                                + "\"upper\":0.130,\"upperStrict\":false},{\"checkId\":\"BLD-O2\",\"comparison\":\"ABSOLUTE\","
                                + "\"description\":\"gas\",\"lower\":null,\"lowerStrict\":false,\"parameter\":\"gas\",\"textValue\":\"ARGON\","
                                + "\"unit\":\"\",\"upper\":null,\"upperStrict\":false}],\"version\":\"1.1\"}");
    }

    @Test
    void boundsThatDifferOnlyInDecimalPlacesAreDifferentContentAndAChange() {
        var a = withOxygenUpper("1.0", "0.13");
        var b = withOxygenUpper("1.1", "0.130");
        LocalDate day = LocalDate.of(2027, 1, 1);

        assertThat(new SpecificationContent(a, day).sha256())
                .isNotEqualTo(
                        new SpecificationContent(
                                        new Specification("TI64-ELI-CW", "1.0", b.limits()), day)
                                .sha256());
        var comparison = SpecificationComparison.of(a, b);
        assertThat(comparison.changes()).isEqualTo(1);
        assertThat(comparison.rows().get(0).changed()).isTrue();
        assertThat(comparison.rows().get(1).changed()).isFalse();
    }
}
