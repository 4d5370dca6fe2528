package org.implantdhr.release.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CertificateChemistryTest {

    @Test
    void splitsTheRestOfTheTotalIntoPartsNoLargerThanTheHighest() {
        var parts = CertificateChemistry.others(new BigDecimal("0.05"), new BigDecimal("0.17"));
        assertThat(parts.values())
                .extracting(BigDecimal::toPlainString)
                .containsExactly("0.05", "0.05", "0.05", "0.02");
        assertThat(parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0.17");
    }

    @Test
    void withoutATotalOnlyTheHighest() {
        assertThat(CertificateChemistry.others(new BigDecimal("0.03"), null)).hasSize(1);
        assertThat(CertificateChemistry.others(null, null)).isEmpty();
    }
}
