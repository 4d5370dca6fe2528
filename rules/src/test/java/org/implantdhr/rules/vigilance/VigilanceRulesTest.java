package org.implantdhr.rules.vigilance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each vigilance rule at its boundaries, through the Drools executable model built into the jar.
 */
class VigilanceRulesTest {

    private static final VigilanceCriteria CRITERIA = VigilanceCriteria.classpath("VIG", "1.0");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final VigilanceEvaluator RULES = new VigilanceEvaluator();

    private static AdverseEvent event(int grade, boolean serious, Attribution device) {
        return new AdverseEvent(
                "AE-1 of CW-0001",
                "CW-0001",
                "Pleural effusion",
                grade,
                serious,
                device,
                Attribution.DEFINITE,
                TODAY.minusDays(3));
    }

    private static VigilanceFindings evaluate(
            List<AdverseEvent> events,
            List<Explant> explants,
            List<Death> deaths,
            List<ScheduledVisit> visits) {
        return RULES.evaluate(
                new FollowUpFacts(new EvaluationDate(TODAY), events, explants, deaths, visits),
                CRITERIA);
    }

    private static List<String> rulesFiredFor(AdverseEvent event) {
        return evaluate(List.of(event), List.of(), List.of(), List.of()).triggers().stream()
                .map(VigilanceTrigger::ruleId)
                .toList();
    }

    @ParameterizedTest(name = "grade {0}, device attribution {1}: opens a case {2}")
    @CsvSource({
        "2, DEFINITE, false",
        "3, DEFINITE, true",
        "3, POSSIBLE, true",
        "3, UNLIKELY, false",
        "3, UNRELATED, false",
        "4, PROBABLE, true",
        "5, POSSIBLE, true",
        "5, UNLIKELY, false",
        "1, DEFINITE, false"
    })
    void aDeviceAttributedEventOpensACaseFromGrade3AndPossibleAttribution(
            int grade, Attribution device, boolean opens) {
        assertThat(rulesFiredFor(event(grade, false, device)).contains("VIG-AE")).isEqualTo(opens);
    }

    @Test
    void theProceduresAttributionAloneOpensNoCase() {
        var event =
                new AdverseEvent(
                        "AE-2 of CW-0001",
                        "CW-0001",
                        "Wound infection",
                        4,
                        false,
                        Attribution.UNRELATED,
                        Attribution.DEFINITE,
                        TODAY);
        assertThat(rulesFiredFor(event)).isEmpty();
    }

    @Test
    void everySeriousEventOpensACaseWhateverItsGradeAndAttribution() {
        assertThat(rulesFiredFor(event(1, true, Attribution.UNRELATED))).containsExactly("VIG-SAE");
        assertThat(rulesFiredFor(event(1, false, Attribution.UNRELATED))).isEmpty();
        assertThat(rulesFiredFor(event(3, true, Attribution.PROBABLE)))
                .containsExactly("VIG-AE", "VIG-SAE");
    }

    @Test
    void aTriggerNamesItsImplantItsSourceAndTheCriteriaVersion() {
        var trigger =
                evaluate(
                                List.of(event(3, false, Attribution.POSSIBLE)),
                                List.of(),
                                List.of(),
                                List.of())
                        .triggers()
                        .get(0);
        assertThat(trigger.implantSerial()).isEqualTo("CW-0001");
        assertThat(trigger.source()).isEqualTo("AE-1 of CW-0001");
        assertThat(trigger.criteria()).isEqualTo("VIG 1.0");
        assertThat(trigger.reason())
                .contains("CTCAE grade 3 (Pleural effusion)", "POSSIBLE", "grade 3 or higher");
    }

    @Test
    void everyExplantAndEveryDeathOpensACase() {
        var findings =
                evaluate(
                        List.of(),
                        List.of(
                                new Explant(
                                        "explant of CW-0002",
                                        "CW-0002",
                                        TODAY.minusDays(1),
                                        "infection")),
                        List.of(new Death("death of PT-7", "CW-0003", TODAY.minusDays(2))),
                        List.of());
        assertThat(findings.triggers())
                .extracting(VigilanceTrigger::ruleId, VigilanceTrigger::implantSerial)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VIG-EXPLANT", "CW-0002"),
                        org.assertj.core.groups.Tuple.tuple("VIG-DEATH", "CW-0003"));
    }

    @ParameterizedTest(name = "window ends {0} days before today, recorded {1}: task {2}")
    @CsvSource({
        "0, false, false",
        "1, false, true",
        "30, false, true",
        "1, true, false",
        "-5, false, false"
    })
    void aVisitBecomesATaskFromTheDayAfterItsWindowCloses(
            int daysBefore, boolean recorded, boolean task) {
        var visit =
                new ScheduledVisit(
                        "3-month visit of CW-0004",
                        "CW-0004",
                        "3 months",
                        TODAY.minusDays(daysBefore),
                        recorded);
        var findings = evaluate(List.of(), List.of(), List.of(), List.of(visit));
        assertThat(findings.tasks()).hasSize(task ? 1 : 0);
        assertThat(findings.triggers()).isEmpty();
    }

    @Test
    void nothingRecordedFindsNothing() {
        var findings = evaluate(List.of(), List.of(), List.of(), List.of());
        assertThat(findings.triggers()).isEmpty();
        assertThat(findings.tasks()).isEmpty();
        assertThat(findings.ruleSetSha256()).hasSize(64);
    }

    @Test
    void criteriaComeFromVersionedData() {
        assertThat(CRITERIA.minimumGrade()).isEqualTo(3);
        assertThat(CRITERIA.minimumDeviceAttribution()).isEqualTo(Attribution.POSSIBLE);
        assertThatThrownBy(() -> VigilanceCriteria.classpath("VIG", "0.9"))
                .hasMessageContaining("No vigilance criteria VIG 0.9");
    }
}
