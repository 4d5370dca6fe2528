package org.implantdhr.followup.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.implantdhr.followup.entity.DiseaseStatus;
import org.implantdhr.followup.entity.VasUnit;
import org.implantdhr.followup.entity.VisitFindings;
import org.implantdhr.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Karnofsky, VAS, the protocol instrument, disease status and the visit's date. */
class VisitScoresTest {

    private static final LocalDate OPERATION = LocalDate.parse("2026-03-10");
    private static final LocalDate TODAY = LocalDate.parse("2026-09-20");
    private final FollowUpProtocol protocol = FollowUpProtocols.get("CW-FU", "1.0");
    private final ProtocolVisit m6 = protocol.visit("M6").orElseThrow();
    private final ProtocolVisit baseline = protocol.visit("BASELINE").orElseThrow();

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 50, 90, 100})
    void karnofskyOnItsSteps(int score) {
        VisitScores.checkKarnofsky(score);
    }

    @ParameterizedTest
    @ValueSource(ints = {-10, 5, 95, 110, 101})
    void karnofskyOffTheScaleOrStepIsRefused(int score) {
        assertField(() -> VisitScores.checkKarnofsky(score), "karnofsky");
    }

    @ParameterizedTest
    @CsvSource({"0,CM", "10,CM", "7.5,CM", "3.40,CM", "0,MM", "100,MM", "45,MM", "45.0,MM"})
    void vasWithinItsLineAndGrain(String value, VasUnit unit) {
        VisitScores.checkVas(new BigDecimal(value), unit);
    }

    @ParameterizedTest
    @CsvSource({"10.1,CM", "-0.1,CM", "7.55,CM", "100.5,MM", "101,MM", "45.5,MM"})
    void vasOffItsLineOrFinerThanItIsRefused(String value, VasUnit unit) {
        assertField(() -> VisitScores.checkVas(new BigDecimal(value), unit), "vasValue");
    }

    @Test
    void vasWithoutItsUnitIsRefused() {
        assertField(() -> VisitScores.checkVas(new BigDecimal("4"), null), "vasUnit");
    }

    @Test
    void vasInMillimetresIsTenthsOfCentimetresExactly() {
        assertThat(VasUnit.MM.inCentimetres(new BigDecimal("45"))).isEqualByComparingTo("4.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "5"})
    void watkinsOnItsScale(String score) {
        var stored = check(m6, findings(LocalDate.parse("2026-09-10"), 80, new BigDecimal(score)));
        assertThat(stored.instrumentVersion()).isEqualTo("CW-FU-1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "6", "2.5"})
    void watkinsOffItsScaleOrStepIsRefused(String score) {
        assertField(
                () -> check(m6, findings(LocalDate.parse("2026-09-10"), 80, new BigDecimal(score))),
                "instrumentScore");
    }

    @Test
    void aVisitAfterTheOperationCannotBeBeforeIt() {
        assertField(() -> check(m6, findings(OPERATION.minusDays(1), 80, null)), "visitDate");
    }

    @Test
    void aVisitCannotBeInTheFuture() {
        assertField(() -> check(m6, findings(TODAY.plusDays(1), 80, null)), "visitDate");
    }

    @Test
    void theBaselineIsBeforeTheOperationAndHasNoDiseaseStatus() {
        var atBaseline =
                new VisitFindings(
                        OPERATION.minusDays(3), 70, null, null, null, null, null, null, null, null);
        assertThat(check(baseline, atBaseline).diseaseStatus()).isNull();
        assertField(
                () ->
                        check(
                                baseline,
                                new VisitFindings(
                                        OPERATION.plusDays(1),
                                        70,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                "visitDate");
    }

    @Test
    void theDiseaseStatusDatesFromTheVisitUnlessGiven() {
        var stored = check(m6, findings(LocalDate.parse("2026-09-10"), 80, null));
        assertThat(stored.diseaseStatusDate()).isEqualTo(LocalDate.parse("2026-09-10"));
    }

    @Test
    void karnofskyZeroGoesWithDeath() {
        assertField(() -> check(m6, findings(LocalDate.parse("2026-09-10"), 0, null)), "karnofsky");
    }

    private VisitFindings check(ProtocolVisit visit, VisitFindings f) {
        return VisitScores.check(f, protocol, visit, OPERATION, TODAY);
    }

    private static VisitFindings findings(LocalDate date, Integer karnofsky, BigDecimal watkins) {
        return new VisitFindings(
                date,
                karnofsky,
                new BigDecimal("3.5"),
                VasUnit.CM,
                watkins == null ? null : "WATKINS",
                null,
                watkins,
                DiseaseStatus.NO_EVIDENCE_OF_DISEASE,
                null,
                null);
    }

    static void assertField(Runnable check, String field) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
