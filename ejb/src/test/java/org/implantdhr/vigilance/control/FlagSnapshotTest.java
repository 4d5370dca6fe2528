package org.implantdhr.vigilance.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.rules.vigilance.Exposure;
import org.implantdhr.rules.vigilance.SignalAssessment;
import org.implantdhr.rules.vigilance.SignalDetection;
import org.junit.jupiter.api.Test;

/**
 * Whether today's flag is the one QA reviewed: the same group under the same rule with the same
 * implants, implants with an event and events. Implant-days and rates move by themselves.
 */
class FlagSnapshotTest {

    private static final LocalDate REVIEWED_ON = LocalDate.of(2026, 12, 7);

    /** Build A (12 implants, 6 events) among 8 quiet builds; A is flagged. */
    private static FlagSnapshot buildA(int events, long daysOfA, LocalDate on) {
        List<Exposure> groups = new ArrayList<>();
        groups.add(new Exposure("A", 12, Math.min(events, 12), events, daysOfA));
        for (int i = 0; i < 8; i++) {
            groups.add(new Exposure("L" + i, 12, i < 4 ? 1 : 0, i < 4 ? 1 : 0, 4383));
        }
        SignalAssessment a = SignalDetection.assess(groups).get(0);
        return FlagSnapshot.of("BUILD", groups.get(0), a, on);
    }

    @Test
    void theSnapshotKeepsTheExactNumbersAndTheRuleVersion() {
        FlagSnapshot s = buildA(6, 4383, REVIEWED_ON);
        assertThat(s.group()).isEqualTo("A");
        assertThat(s.implants()).isEqualTo(12);
        assertThat(s.events()).isEqualTo(6);
        assertThat(s.implantDays()).isEqualTo(4383);
        assertThat(s.ratePer100ImplantYears()).isEqualByComparingTo("50.00");
        // 12 of 108 implants is not more than a quarter: compared with all implants, itself
        // included
        assertThat(s.comparedWith()).isEqualTo("all");
        assertThat(s.comparisonImplants()).isEqualTo(108);
        assertThat(s.comparisonEvents()).isEqualTo(10);
        assertThat(s.comparisonImplantDays()).isEqualTo(9 * 4383);
        assertThat(s.comparisonRatePer100ImplantYears()).isEqualByComparingTo("9.26");
        assertThat(s.poissonProbability()).isLessThan(new BigDecimal("0.05"));
        assertThat(s.ruleVersion()).isEqualTo(SignalDetection.VERSION);
        assertThat(s.countedTo()).isEqualTo(REVIEWED_ON);
    }

    @Test
    void anUnchangedGroupIsStillTheReviewedFlag() {
        FlagSnapshot reviewed = buildA(6, 4383, REVIEWED_ON);
        assertThat(buildA(6, 4383, REVIEWED_ON).changesSince(reviewed)).isEmpty();
    }

    @Test
    void timeAtRiskAndTheRatesMovingDoNotAskForANewReview() {
        FlagSnapshot reviewed = buildA(6, 4383, REVIEWED_ON);
        // a month later: 12 implants × 30 more days, a lower rate, same implants and events
        FlagSnapshot now = buildA(6, 4383 + 360, REVIEWED_ON.plusDays(30));
        assertThat(now.ratePer100ImplantYears()).isNotEqualByComparingTo("50.00");
        assertThat(now.changesSince(reviewed)).isEmpty();
    }

    @Test
    void aNewEventAsksForANewReviewAndSaysWhatChanged() {
        FlagSnapshot reviewed = buildA(6, 4383, REVIEWED_ON);
        assertThat(buildA(7, 4383, REVIEWED_ON).changesSince(reviewed))
                .containsExactly("implants with an event 6 then, 7 now", "events 6 then, 7 now");
        // a second event of an implant that had one already: only the events change
        FlagSnapshot second =
                new FlagSnapshot(
                        "BUILD",
                        "A",
                        12,
                        6,
                        7,
                        4383,
                        null,
                        "rest",
                        96,
                        4,
                        35064,
                        null,
                        null,
                        SignalDetection.VERSION,
                        REVIEWED_ON);
        assertThat(second.changesSince(reviewed)).containsExactly("events 6 then, 7 now");
    }

    @Test
    void anotherImplantInTheGroupOrAnotherRuleVersionAsksForANewReview() {
        FlagSnapshot reviewed = buildA(6, 4383, REVIEWED_ON);
        FlagSnapshot moreImplants =
                new FlagSnapshot(
                        "BUILD",
                        "A",
                        13,
                        6,
                        6,
                        4383,
                        null,
                        "rest",
                        96,
                        4,
                        35064,
                        null,
                        null,
                        SignalDetection.VERSION,
                        REVIEWED_ON);
        assertThat(moreImplants.changesSince(reviewed)).containsExactly("implants 12 then, 13 now");
        FlagSnapshot otherRule =
                new FlagSnapshot(
                        "BUILD",
                        "A",
                        12,
                        6,
                        6,
                        4383,
                        null,
                        "rest",
                        96,
                        4,
                        35064,
                        null,
                        null,
                        "SIG-2.0",
                        REVIEWED_ON);
        assertThat(otherRule.changesSince(reviewed))
                .containsExactly("rule " + SignalDetection.VERSION + " then, SIG-2.0 now");
    }

    @Test
    void aReviewOfAnotherGroupIsNeverComparedWith() {
        FlagSnapshot reviewed = buildA(6, 4383, REVIEWED_ON);
        FlagSnapshot lot =
                new FlagSnapshot(
                        "POWDER_LOT",
                        "A",
                        12,
                        6,
                        6,
                        4383,
                        null,
                        "rest",
                        96,
                        4,
                        35064,
                        null,
                        null,
                        SignalDetection.VERSION,
                        REVIEWED_ON);
        assertThatThrownBy(() -> lot.changesSince(reviewed))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
