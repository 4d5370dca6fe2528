package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void theRuntimesValidationReportBecomesOneErrorPerProperty() {
        String report =
                "[PARAMETER]\r[open.implantCase.hospital]\r[must not be blank]\r[]\r\r"
                        + "[PARAMETER]\r[open.implantCase.roles]\r[must not be empty]\r[null]\r\r";
        assertThat(ProblemResponses.violations(report))
                .containsExactly(
                        new Problem.Error("hospital", "must not be blank"),
                        new Problem.Error("roles", "must not be empty"));
    }

    @Test
    void otherTextIsNoViolation() {
        assertThat(ProblemResponses.violations("RESTEASY003210: Could not find resource"))
                .isEmpty();
    }

    @Test
    void aValueTooLongForItsColumnIsUnprocessableAMissingOneABadRequest() {
        var tooLong =
                ProblemResponses.violations(
                        "[PARAMETER]\r[open.implantCase.hospital]\r[size must be between 0 and 200]\r[xx]\r\r");
        assertThat(ProblemResponses.statusOf(400, tooLong)).isEqualTo(422);
        var missing =
                ProblemResponses.violations(
                        "[PARAMETER]\r[open.implantCase.hospital]\r[size must be between 0 and 200]\r[xx]\r\r"
                                + "[PARAMETER]\r[open.implantCase.surgeon]\r[must not be blank]\r[]\r\r");
        assertThat(ProblemResponses.statusOf(400, missing)).isEqualTo(400);
    }

    @Test
    void theRuntimesOwnCodesAndClassNamesAreNotEchoed() {
        assertThat(
                        ProblemResponses.namesInternals(
                                "RESTEASY008200: JSON Binding deserialization error"))
                .isTrue();
        assertThat(
                        ProblemResponses.namesInternals(
                                "Unable to deserialize org.implantdhr.web.powder.SuppliersResource$SupplierJson"))
                .isTrue();
        assertThat(ProblemResponses.namesInternals("Could not find the lot L-1")).isFalse();
    }
}
