package org.implantdhr.web.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    @Test
    void theRuntimesValidationReportBecomesOneErrorPerProperty() {
        String report = "[PARAMETER]\r[open.implantCase.hospital]\r[must not be blank]\r[]\r\r"
                + "[PARAMETER]\r[open.implantCase.roles]\r[must not be empty]\r[null]\r\r";
        assertThat(ProblemResponses.violations(report)).containsExactly(
                new Problem.Error("hospital", "must not be blank"), new Problem.Error("roles", "must not be empty"));
    }

    @Test
    void otherTextIsNoViolation() {
        assertThat(ProblemResponses.violations("RESTEASY003210: Could not find resource")).isEmpty();
    }
}
