package org.implantdhr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.rules.EvaluationFixture.SPEC;
import static org.implantdhr.rules.EvaluationFixture.evaluate;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ConformingRecordTest {

    @Test
    void conformingRecordIsReleasableWithoutWarnings() {
        Evaluation evaluation = evaluate(implant -> {});

        assertThat(evaluation.blocking()).isEmpty();
        assertThat(evaluation.warningsToAcknowledge()).isEmpty();
        assertThat(evaluation.releasable()).isTrue();
        assertThat(evaluation.specificationCode()).isEqualTo("TI64-ELI-CW");
        assertThat(evaluation.specificationVersion()).isEqualTo("1.0");
        assertThat(evaluation.ruleSetVersion().drlSha256()).hasSize(64);
    }

    @Test
    @Tag("ISO13485-8.2.6")
    void everySpecifiedCheckProducesAFinding() {
        Evaluation evaluation = evaluate(implant -> {});

        assertThat(evaluation.findings().stream().map(Finding::checkId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(SPEC.checks().keySet());
    }

    @Test
    void eachSubjectOfACheckHasExactlyOneFinding() {
        Evaluation evaluation = evaluate(implant -> {});

        assertThat(evaluation.findings().stream().map(f -> f.checkId() + " / " + f.subject()))
                .doesNotHaveDuplicates();
    }

    @Test
    void findingsAreSortedByCheckThenSubject() {
        Evaluation evaluation = evaluate(implant -> {});

        assertThat(evaluation.findings()).isSortedAccordingTo(Finding.BY_CHECK_THEN_SUBJECT);
    }

    @Test
    @Tag("ISO13485-8.2.6")
    void emptyRecordIsMissingEveryCheckAndNotReleasable() {
        Evaluation evaluation =
                EvaluationFixture.EVALUATOR.evaluate(
                        new org.implantdhr.rules.facts.ReleaseFacts(
                                "IMP-0", null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null),
                        SPEC);

        assertThat(evaluation.releasable()).isFalse();
        assertThat(evaluation.findings().stream().map(Finding::checkId).collect(Collectors.toSet()))
                .containsAll(SPEC.checks().keySet());
        assertThat(evaluation.findings())
                .filteredOn(f -> f.checkId().equals("IMG-SLICE"))
                .singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.MISSING));
    }
}
