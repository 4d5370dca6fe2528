package org.implantdhr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.rules.ConformingImplant.d;
import static org.implantdhr.rules.EvaluationFixture.SPEC;
import static org.implantdhr.rules.EvaluationFixture.SPEC_1_1;
import static org.implantdhr.rules.EvaluationFixture.evaluate;
import static org.implantdhr.rules.EvaluationFixture.finding;
import static org.implantdhr.rules.EvaluationFixture.findings;
import static org.implantdhr.rules.Outcome.FAIL;
import static org.implantdhr.rules.Outcome.MISSING;
import static org.implantdhr.rules.Outcome.PASS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.implantdhr.rules.buildlog.BuildLogMeasures;
import org.implantdhr.rules.facts.DatedStep;
import org.implantdhr.rules.facts.ProcessStep;
import org.implantdhr.rules.furnace.FurnaceMeasures;
import org.implantdhr.validation.TestEvidenceListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks specification 1.1 changes or adds, just inside, at and just outside each limit (1 ms
 * apart for times), and the same records under 1.0, which must judge them as before.
 */
class Specification11BoundaryTest {

    @ParameterizedTest(name = "1.1 {0} {1} {2} -> {4}")
    @MethodSource("cases")
    void outcomeUnder11(
            String checkId,
            String subject,
            String description,
            Consumer<ConformingImplant> change,
            Outcome expected,
            TestReporter reporter) {
        reporter.publishEntry(TestEvidenceListener.REQUIREMENT_ENTRY, checkId);
        Finding finding = finding(evaluate(SPEC_1_1, change), checkId, subject);

        assertThat(finding.outcome()).as(finding.message()).isEqualTo(expected);
        assertThat(finding.message()).isNotBlank();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("HT-CHART", "gap", "60 s", i -> i.furnaceChart = gap("60"), PASS),
                c("HT-CHART", "gap", "60.001 s", i -> i.furnaceChart = gap("60.001"), FAIL),
                c("HT-CHART", "gap", "not derived", i -> i.furnaceChart = gap(null), MISSING),
                c("BLD-LAYERS", "layers", "each once", i -> i.buildLog = layers(0, null), PASS),
                c(
                        "BLD-LAYERS",
                        "layers",
                        "layer 1000 twice in a row",
                        i -> i.buildLog = layers(1, 1000),
                        FAIL),
                c(
                        "BLD-LAYERS",
                        "layers",
                        "not derived",
                        i -> i.buildLog = layers(null, null),
                        MISSING),
                c("DES-MASS", "mesh", "closed", i -> i.meshDefect = null, PASS),
                c(
                        "DES-MASS",
                        "mesh",
                        "open",
                        i -> i.meshDefect = "3 open edges, e.g. (0,0,0)-(1,0,0)",
                        FAIL),
                c("DES-MASS", "mass", "+5 % exactly", i -> i.measuredMass = d("186.06"), PASS),
                c("DES-MASS", "mass", "+5 % and 0.1 mg", i -> i.measuredMass = d("186.0601"), FAIL),
                c("DES-MASS", "mass", "−5 % exactly", i -> i.measuredMass = d("168.34"), PASS),
                c(
                        "DES-MASS",
                        "mass",
                        "−5 % less 0.1 mg",
                        i -> i.measuredMass = d("168.3399"),
                        FAIL),
                c("REC-CHRONOLOGY", "process order", "in order", i -> {}, PASS),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "no chronology",
                        i -> i.chronologyPresent = false,
                        MISSING),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "build ends when it starts",
                        i -> move(i, ProcessStep.BUILD_END, at(i, ProcessStep.BUILD_START)),
                        FAIL),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "build ends 1 ms after it starts",
                        i ->
                                move(
                                        i,
                                        ProcessStep.BUILD_END,
                                        at(i, ProcessStep.BUILD_START).plusMillis(1)),
                        PASS),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "run starts when the build ends",
                        i -> move(i, ProcessStep.HEAT_TREATMENT, at(i, ProcessStep.BUILD_END)),
                        PASS),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "run starts 1 ms before the build ends",
                        i ->
                                move(
                                        i,
                                        ProcessStep.HEAT_TREATMENT,
                                        at(i, ProcessStep.BUILD_END).minusMillis(1)),
                        FAIL),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "inspection when the cleaning",
                        i ->
                                move(
                                        i,
                                        ProcessStep.DIMENSIONAL_INSPECTION,
                                        at(i, ProcessStep.CLEANING)),
                        PASS),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "machining 1 ms after the cleaning",
                        i ->
                                move(
                                        i,
                                        ProcessStep.MACHINING,
                                        at(i, ProcessStep.CLEANING).plusMillis(1)),
                        FAIL),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "CT on the day of the first approval",
                        i -> ct(i, LocalDate.parse("2026-03-05")),
                        PASS),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "CT the day after the first approval",
                        i -> ct(i, LocalDate.parse("2026-03-06")),
                        FAIL),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "inspection at the evaluation",
                        i -> move(i, ProcessStep.DIMENSIONAL_INSPECTION, i.evaluatedAt),
                        PASS),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "inspection 1 ms after the evaluation",
                        i ->
                                i.evaluatedAt =
                                        at(i, ProcessStep.DIMENSIONAL_INSPECTION).minusMillis(1),
                        FAIL),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "cleaning recorded at its time",
                        i -> recorded(i, ProcessStep.CLEANING, at(i, ProcessStep.CLEANING)),
                        PASS),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "cleaning recorded 1 ms before its time",
                        i ->
                                recorded(
                                        i,
                                        ProcessStep.CLEANING,
                                        at(i, ProcessStep.CLEANING).minusMillis(1)),
                        FAIL),
                c(
                        "REC-CHRONOLOGY",
                        "process order",
                        "a missing step is judged by its own check",
                        i -> i.steps.removeIf(s -> s.step() == ProcessStep.CLEANING),
                        PASS));
    }

    @Test
    @Tag("REC-CHRONOLOGY")
    @Tag("CFR-11.10f")
    void aFailNamesTheTwoRecordsOutOfOrder() {
        Finding finding =
                finding(
                        evaluate(
                                SPEC_1_1,
                                i ->
                                        move(
                                                i,
                                                ProcessStep.BUILD_END,
                                                Instant.parse("2026-12-07T10:00:00Z"))),
                        "REC-CHRONOLOGY",
                        "process order");

        assertThat(finding.message())
                .contains(
                        "build B-1 ended 2026-12-07T10:00:00Z after heat-treatment run HT-1 "
                                + "started 2026-03-11T06:00:00Z");
    }

    @Test
    void anOpenMeshFailsDesMassInsteadOfAMassFromAnUndefinedVolume() {
        Evaluation evaluation =
                evaluate(SPEC_1_1, i -> i.meshDefect = "the design mesh is not closed");

        assertThat(findings(evaluation, "DES-MASS", "mass against")).isEmpty();
        assertThat(finding(evaluation, "DES-MASS", "mesh").message())
                .contains("the design mesh is not closed");
        assertThat(evaluation.releasable()).isFalse();
    }

    /**
     * Specification 1.0 has none of the 1.1 rows: the same records are judged as 1.0 judged them.
     */
    @Test
    void underSpecification10TheAdditionsDoNotApply() {
        Evaluation evaluation =
                evaluate(
                        SPEC,
                        i -> {
                            i.furnaceChart = gap("600");
                            i.buildLog = layers(1, 1000);
                            i.meshDefect = "the design mesh is not closed";
                            i.chronologyPresent = false;
                        });

        assertThat(findings(evaluation, "REC-CHRONOLOGY", "")).isEmpty();
        assertThat(findings(evaluation, "HT-CHART", "gap")).isEmpty();
        assertThat(findings(evaluation, "DES-MASS", "mesh")).isEmpty();
        assertThat(finding(evaluation, "DES-MASS", "mass against").outcome()).isEqualTo(PASS);
        assertThat(finding(evaluation, "BLD-LAYERS", "layers").outcome()).isEqualTo(PASS);
        assertThat(evaluation.releasable()).isTrue();
    }

    @Test
    void aConformingRecordIsReleasableUnder11() {
        Evaluation evaluation = evaluate(SPEC_1_1, i -> {});

        assertThat(evaluation.findings()).filteredOn(f -> f.outcome().blocksRelease()).isEmpty();
        assertThat(evaluation.specificationVersion()).isEqualTo("1.1");
    }

    private static Arguments c(
            String checkId,
            String subject,
            String description,
            Consumer<ConformingImplant> change,
            Outcome expected) {
        return Arguments.of(checkId, subject, description, change, expected);
    }

    private static FurnaceMeasures gap(String seconds) {
        Instant start = ConformingImplant.HT_START;
        return new FurnaceMeasures(
                30000,
                6,
                d("790"),
                d("810"),
                d("5"),
                d("130"),
                start.plusSeconds(7200),
                start.plusSeconds(15000),
                d("806.2"),
                d("8.5"),
                d("0.00005"),
                null,
                d("380"),
                seconds == null ? null : d(seconds),
                start.plusSeconds(9000),
                start.plusSeconds(9060));
    }

    private static BuildLogMeasures layers(Integer duplicates, Integer firstDuplicate) {
        return new BuildLogMeasures(
                5001,
                d("1000"),
                d("400"),
                d("800"),
                d("0"),
                1,
                5000,
                0,
                0,
                null,
                null,
                duplicates,
                firstDuplicate);
    }

    private static Instant at(ConformingImplant i, ProcessStep step) {
        return i.steps.stream().filter(s -> s.step() == step).findFirst().orElseThrow().at();
    }

    private static void move(ConformingImplant i, ProcessStep step, Instant to) {
        i.steps.replaceAll(
                s ->
                        s.step() == step
                                ? new DatedStep(step, s.record(), to, null, to.plusSeconds(60))
                                : s);
    }

    private static void recorded(ConformingImplant i, ProcessStep step, Instant recordedAt) {
        i.steps.replaceAll(
                s ->
                        s.step() == step
                                ? new DatedStep(step, s.record(), s.at(), null, recordedAt)
                                : s);
    }

    private static void ct(ConformingImplant i, LocalDate date) {
        i.steps.replaceAll(
                s ->
                        s.step() == ProcessStep.CT_SCAN
                                ? new DatedStep(
                                        ProcessStep.CT_SCAN,
                                        s.record(),
                                        null,
                                        date,
                                        s.recordedAt().plusSeconds(86400 * 5))
                                : s);
    }
}
