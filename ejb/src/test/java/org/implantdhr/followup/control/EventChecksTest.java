package org.implantdhr.followup.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.followup.control.VisitScoresTest.assertField;

import java.time.LocalDate;
import org.implantdhr.followup.entity.ActionTaken;
import org.implantdhr.followup.entity.Attribution;
import org.implantdhr.followup.entity.EventOutcome;
import org.implantdhr.followup.entity.EventReport;
import org.implantdhr.followup.entity.SeriousCriterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CTCAE terms and the grades each allows; seriousness, dates and outcome. */
class EventChecksTest {

    private static final LocalDate OPERATION = LocalDate.parse("2026-03-10");
    private static final LocalDate TODAY = LocalDate.parse("2026-09-20");

    @ParameterizedTest
    @CsvSource({
        // wound infection: 1 to 5 in CTCAE 5.0
        "10048038,1",
        "10048038,4",
        // seroma: 1 to 3
        "10040102,1",
        "10040102,3",
        // sepsis: 3 to 5 only
        "10040047,3",
        "10040047,4",
        // mediastinal infection: 3 to 5 only
        "10057483,3"
    })
    void aGradeTheTermAllows(String code, int grade) {
        var stored = EventChecks.check(report(code, grade, null), OPERATION, TODAY);
        assertThat(stored.ctcaeVersion()).isEqualTo("5.0");
        assertThat(stored.termText()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
        // sepsis and mediastinal infection: no grade 1 or 2; postoperative thoracic procedure
        // complication: no grade 1; seroma and chest wall pain: no grade 4; no grade 6 anywhere
        "10040047,2",
        "10057483,2",
        "10056745,1",
        "10040102,4",
        "10008496,4",
        "10048038,6"
    })
    void aGradeTheTermDoesNotAllowIsRefused(String code, int grade) {
        assertField(() -> EventChecks.check(report(code, grade, null), OPERATION, TODAY), "grade");
    }

    @Test
    void anUnknownTermIsRefused() {
        assertField(
                () -> EventChecks.check(report("99999999", 2, null), OPERATION, TODAY), "termCode");
    }

    @Test
    void anOtherSpecifyTermNamesTheEvent() {
        assertField(
                () -> EventChecks.check(report("10022117", 3, null), OPERATION, TODAY),
                "specifyText");
        assertThat(
                        EventChecks.check(
                                        report("10022117", 3, "Implant fracture"), OPERATION, TODAY)
                                .specifyText())
                .isEqualTo("Implant fracture");
    }

    @Test
    void seriousnessNamesItsCriterion() {
        var r = report("10048038", 3, null);
        var seriousWithout =
                new EventReport(
                        null,
                        r.termCode(),
                        null,
                        null,
                        3,
                        true,
                        null,
                        r.onsetDate(),
                        null,
                        r.deviceAttribution(),
                        r.procedureAttribution(),
                        r.actionTaken(),
                        r.outcome(),
                        null);
        assertField(() -> EventChecks.check(seriousWithout, OPERATION, TODAY), "seriousCriterion");
        var notSeriousWith =
                new EventReport(
                        null,
                        r.termCode(),
                        null,
                        null,
                        3,
                        false,
                        SeriousCriterion.HOSPITALISATION,
                        r.onsetDate(),
                        null,
                        r.deviceAttribution(),
                        r.procedureAttribution(),
                        r.actionTaken(),
                        r.outcome(),
                        null);
        assertField(() -> EventChecks.check(notSeriousWith, OPERATION, TODAY), "seriousCriterion");
    }

    @Test
    void anOnsetBeforeTheOperationOrInTheFutureIsRefused() {
        assertField(
                () -> EventChecks.check(report("10040102", 1, null), OPERATION.plusDays(11), TODAY),
                "onsetDate");
        assertField(
                () ->
                        EventChecks.check(
                                report("10040102", 1, null), OPERATION, OPERATION.plusDays(5)),
                "onsetDate");
    }

    @Test
    void gradeFiveGoesWithAFatalOutcome() {
        assertField(
                () -> EventChecks.check(report("10040047", 5, null), OPERATION, TODAY), "grade");
    }

    private static EventReport report(String code, int grade, String specify) {
        return new EventReport(
                null,
                code,
                null,
                specify,
                grade,
                false,
                null,
                OPERATION.plusDays(10),
                null,
                Attribution.UNLIKELY,
                Attribution.POSSIBLE,
                ActionTaken.MEDICATION,
                EventOutcome.RECOVERING,
                null);
    }
}
