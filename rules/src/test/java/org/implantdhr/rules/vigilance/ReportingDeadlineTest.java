package org.implantdhr.rules.vigilance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingDeadlineTest {

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        // 2026-11-02 is a Monday
        "MDR_SERIOUS_PUBLIC_HEALTH_THREAT, 2026-11-02, 2026-11-04",
        "MDR_DEATH_OR_UNANTICIPATED_SERIOUS_DETERIORATION, 2026-11-02, 2026-11-12",
        "MDR_OTHER_SERIOUS_INCIDENT, 2026-11-02, 2026-11-17",
        "FDA_MDR_30_CALENDAR_DAYS, 2026-11-02, 2026-12-02",
        "MDR_OTHER_SERIOUS_INCIDENT, 2026-12-31, 2027-01-15",
        // work days skip Saturdays and Sundays
        "FDA_MDR_5_WORK_DAYS, 2026-11-02, 2026-11-09",
        "FDA_MDR_5_WORK_DAYS, 2026-11-06, 2026-11-13",
        "FDA_MDR_5_WORK_DAYS, 2026-11-07, 2026-11-13",
        "FDA_MDR_5_WORK_DAYS, 2026-11-08, 2026-11-13",
        "FDA_MDR_5_WORK_DAYS, 2026-11-04, 2026-11-11"
    })
    void theDeadlineCountsFromTheAwarenessDate(
            ReportingDeadline deadline, LocalDate awareness, LocalDate due) {
        assertThat(deadline.dueOn(awareness)).isEqualTo(due);
    }
}
