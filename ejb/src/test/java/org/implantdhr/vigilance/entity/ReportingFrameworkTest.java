package org.implantdhr.vigilance.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.rules.vigilance.ReportingDeadline.FDA_MDR_30_CALENDAR_DAYS;
import static org.implantdhr.rules.vigilance.ReportingDeadline.FDA_MDR_5_WORK_DAYS;
import static org.implantdhr.rules.vigilance.ReportingDeadline.MDR_DEATH_OR_UNANTICIPATED_SERIOUS_DETERIORATION;
import static org.implantdhr.rules.vigilance.ReportingDeadline.MDR_OTHER_SERIOUS_INCIDENT;
import static org.implantdhr.rules.vigilance.ReportingDeadline.MDR_SERIOUS_PUBLIC_HEALTH_THREAT;

import org.junit.jupiter.api.Test;

/** Each regulation offers its own deadlines and no other's. */
class ReportingFrameworkTest {

    @Test
    void theEuMdrHasTheThreeDeadlinesOfArticle87() {
        assertThat(ReportingFramework.EU_MDR.deadlines())
                .containsExactly(
                        MDR_SERIOUS_PUBLIC_HEALTH_THREAT,
                        MDR_DEATH_OR_UNANTICIPATED_SERIOUS_DETERIORATION,
                        MDR_OTHER_SERIOUS_INCIDENT);
    }

    @Test
    void part803HasItsTwo() {
        assertThat(ReportingFramework.US_21_CFR_803.deadlines())
                .containsExactly(FDA_MDR_30_CALENDAR_DAYS, FDA_MDR_5_WORK_DAYS);
        assertThat(ReportingFramework.US_21_CFR_803.has(MDR_OTHER_SERIOUS_INCIDENT)).isFalse();
    }
}
