package org.implantdhr.vigilance.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.implantdhr.rules.vigilance.Exposure;
import org.junit.jupiter.api.Test;

/** Implant-days counted exactly from the operation to the end of the time at risk. */
class ImplantAtRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aStillFollowedImplantCountsUpToToday() {
        var m = new ImplantAtRisk("L1", 1, LocalDate.of(2025, 12, 7), null, 0);
        assertThat(m.daysAtRisk(TODAY)).isEqualTo(365);
    }

    @Test
    void anExplantEndsTheTimeAtRiskAcrossALeapDay() {
        var m = new ImplantAtRisk("L1", 1, LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), 1);
        assertThat(m.daysAtRisk(TODAY)).isEqualTo(2);
    }

    @Test
    void anEndAfterTodayCountsOnlyToTodayAndNothingIsNegative() {
        assertThat(
                        new ImplantAtRisk("L1", 1, TODAY.minusDays(3), TODAY.plusDays(9), 0)
                                .daysAtRisk(TODAY))
                .isEqualTo(3);
        assertThat(new ImplantAtRisk("L1", 1, TODAY.plusDays(1), null, 0).daysAtRisk(TODAY))
                .isZero();
    }

    @Test
    void groupsSumImplantsEventsAndDaysInTheOrderTheyAppear() {
        List<Exposure> exposures =
                ImplantAtRisk.exposures(
                        List.of(
                                new ImplantAtRisk("B", 1, TODAY.minusDays(10), null, 2),
                                new ImplantAtRisk("A", 2, TODAY.minusDays(5), null, 0),
                                new ImplantAtRisk(
                                        "B", 3, TODAY.minusDays(7), TODAY.minusDays(1), 1),
                                new ImplantAtRisk("B", 4, TODAY.minusDays(1), null, 0)),
                        TODAY);
        assertThat(exposures)
                .containsExactly(
                        new Exposure("B", 3, 2, 3, 10 + 6 + 1), new Exposure("A", 1, 0, 0, 5));
    }
}
