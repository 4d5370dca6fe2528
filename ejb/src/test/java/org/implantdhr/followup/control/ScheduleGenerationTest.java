package org.implantdhr.followup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule protocol CW-FU 1.0 generates from the day of the operation. */
class ScheduleGenerationTest {

    private final FollowUpProtocol protocol = FollowUpProtocols.get("CW-FU", "1.0");

    @Test
    void theShippedProtocolIsInForceFromItsDateOnly() {
        assertThat(FollowUpProtocols.inForceOn(LocalDate.parse("2024-01-01"))).contains(protocol);
        assertThat(FollowUpProtocols.inForceOn(LocalDate.parse("2023-12-31"))).isEmpty();
    }

    @Test
    void baselineDischargeAndTheMonthsOfTheStudy() {
        var schedule = protocol.schedule(LocalDate.parse("2026-03-31"));
        assertThat(schedule)
                .extracting(FollowUpProtocol.VisitWindow::visitCode)
                .containsExactly("BASELINE", "DISCHARGE", "M1", "M3", "M6", "M12", "M18", "M24");
        assertThat(schedule)
                .extracting(FollowUpProtocol.VisitWindow::sequenceNo)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        var byCode =
                schedule.stream()
                        .collect(
                                java.util.stream.Collectors.toMap(
                                        FollowUpProtocol.VisitWindow::visitCode, w -> w));
        // baseline: the day before, open 30 days before it, closing on the operation day
        assertThat(window(byCode.get("BASELINE")))
                .containsExactly("2026-03-30", "2026-02-28", "2026-03-31");
        // discharge in the study's 15-30 days
        assertThat(window(byCode.get("DISCHARGE")))
                .containsExactly("2026-04-21", "2026-04-15", "2026-04-30");
        // calendar months: a month after 31 March is 30 April
        assertThat(window(byCode.get("M1")))
                .containsExactly("2026-04-30", "2026-04-23", "2026-05-07");
        assertThat(window(byCode.get("M12")))
                .containsExactly("2027-03-31", "2027-03-01", "2027-04-30");
        assertThat(window(byCode.get("M24")))
                .containsExactly("2028-03-31", "2028-02-15", "2028-05-15");
    }

    @Test
    void onlyTheBaselineLiesBeforeTheOperation() {
        assertThat(protocol.visits())
                .filteredOn(ProtocolVisit::beforeOperation)
                .extracting(ProtocolVisit::code)
                .containsExactly("BASELINE");
    }

    @Test
    void theWatkinsInstrumentIsTheProtocolsConfiguration() {
        Instrument watkins = protocol.instrument("WATKINS").orElseThrow();
        assertThat(watkins.version()).isEqualTo("CW-FU-1.0");
        assertThat(watkins.minimum()).isEqualByComparingTo("0");
        assertThat(watkins.maximum()).isEqualByComparingTo("5");
        assertThat(watkins.higherIsWorse()).isTrue();
        assertThat(watkins.minimalImportantDifference()).isEqualByComparingTo("1");
    }

    private static List<String> window(FollowUpProtocol.VisitWindow w) {
        return List.of(w.target().toString(), w.start().toString(), w.end().toString());
    }
}
