package org.implantdhr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.rules.ConformingImplant.d;
import static org.implantdhr.rules.EvaluationFixture.EVALUATOR;
import static org.implantdhr.rules.EvaluationFixture.SPEC;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.implantdhr.rules.facts.*;
import org.implantdhr.rules.specification.Specification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmark's plain-Java evaluator gives exactly the findings of the rules (every field, as a
 * multiset) and the same verdict, on every boundary case of {@link CheckBoundaryTest} and on
 * records with whole parts absent, so the ratio it reports compares the same work.
 */
@Tag("CFR-11.10a")
class PlainJavaEvaluatorTest {

    private static final PlainJavaEvaluator PLAIN = new PlainJavaEvaluator();
    private static final Comparator<Finding> FULLY =
            Finding.BY_CHECK_THEN_SUBJECT.thenComparing(Finding::toString);

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("org.implantdhr.rules.CheckBoundaryTest#cases")
    @SuppressWarnings("unused")
    void sameFindingsOnEveryBoundaryCase(
            String checkId,
            String subject,
            String description,
            Consumer<ConformingImplant> change,
            Outcome expected) {
        assertSameFindings(change, SPEC);
    }

    @ParameterizedTest(name = "1.1 {0} {1} {2}")
    @MethodSource("org.implantdhr.rules.Specification11BoundaryTest#cases")
    @SuppressWarnings("unused")
    void sameFindingsOnEveryBoundaryCaseOfSpecification11(
            String checkId,
            String subject,
            String description,
            Consumer<ConformingImplant> change,
            Outcome expected) {
        assertSameFindings(change, EvaluationFixture.SPEC_1_1);
    }

    @ParameterizedTest(name = "1.1 {0}")
    @MethodSource("absentParts")
    void sameFindingsWithPartsOfTheRecordAbsentUnderSpecification11(
            String description, Consumer<ConformingImplant> change) {
        assertSameFindings(change, EvaluationFixture.SPEC_1_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("absentParts")
    void sameFindingsWithPartsOfTheRecordAbsent(
            String description, Consumer<ConformingImplant> change) {
        assertSameFindings(change, SPEC);
    }

    @Test
    void sameFindingsWhenTheSpecificationLacksLimits() {
        Specification partial =
                new Specification(
                        SPEC.code(),
                        SPEC.version(),
                        SPEC.limits().stream()
                                .filter(
                                        l ->
                                                !(l.checkId().equals("BLD-O2")
                                                        && l.parameter().equals("warn_ppm")))
                                .filter(
                                        l ->
                                                !(l.checkId().equals("PWD-PSD")
                                                        && l.parameter().equals("d90")))
                                .filter(l -> !l.checkId().equals("HT-SEQUENCE"))
                                .toList());

        assertSameFindings(i -> {}, partial);
    }

    @Test
    void theConformingRecordGivesFindingsOfEveryCheck() {
        Evaluation plain = PLAIN.evaluate(ConformingImplant.facts().build(), SPEC);

        assertThat(plain.releasable()).isTrue();
        assertThat(plain.findings())
                .extracting(Finding::checkId)
                .containsAll(SPEC.checks().keySet());
    }

    static Stream<Arguments> absentParts() {
        return Stream.of(
                a("conforming", i -> {}),
                a("no CT", i -> i.ctPresent = false),
                a("no design", i -> i.designPresent = false),
                a("no case file", i -> i.caseFile = null),
                a("no machine", i -> i.machine = null),
                a("no parameter set", i -> i.parameterSet = null),
                a("no build log measures", i -> i.buildLog = null),
                a("no heat treatment", i -> i.heatTreatment = null),
                a("no furnace", i -> i.furnace = null),
                a("no furnace chart", i -> i.furnaceChart = null),
                a("no machining", i -> i.machining = null),
                a("no visual inspection", i -> i.visual = null),
                a("no cleaning", i -> i.cleaning = null),
                a("no component lot", i -> i.componentLot = null),
                a("no release signature", i -> i.signature = null),
                a("no coupons", i -> i.coupons.clear()),
                a("no certificate", i -> i.certificatePresent = false),
                a(
                        "Hall flow only",
                        i -> {
                            i.carney = null;
                            i.hall = d("30");
                        }),
                a("virgin batch", i -> i.batchType = PowderBatchType.VIRGIN),
                a(
                        "second powder lot without evidence",
                        i ->
                                i.extraLots.add(
                                        new PowderLot(
                                                "PL-2", null, null, null, null, null, null, null,
                                                null, null))),
                a(
                        "two events, one dispositioned",
                        i -> {
                            i.buildEvents.add(
                                    new BuildEvent(
                                            "E-1",
                                            "LASER",
                                            ConformingImplant.BUILD_START,
                                            "eng-2",
                                            "continue"));
                            i.buildEvents.add(
                                    new BuildEvent(
                                            "E-2",
                                            "RESTART",
                                            ConformingImplant.BUILD_START,
                                            null,
                                            null));
                        }),
                a(
                        "nonconformances of every kind",
                        i -> {
                            i.nonconformances.add(
                                    new Nonconformance(
                                            "NCR-1", NonconformanceStatus.OPEN, null, null, null));
                            i.nonconformances.add(
                                    new Nonconformance(
                                            "NCR-2",
                                            NonconformanceStatus.CLOSED,
                                            Disposition.REWORK,
                                            "qa-2",
                                            null));
                            i.nonconformances.add(
                                    new Nonconformance(
                                            "NCR-3",
                                            NonconformanceStatus.CLOSED,
                                            Disposition.USE_AS_IS,
                                            "qa-2",
                                            "qam-1"));
                            i.nonconformances.add(
                                    new Nonconformance(
                                            "NCR-4",
                                            NonconformanceStatus.CLOSED,
                                            Disposition.USE_AS_IS,
                                            "qa-2",
                                            null));
                        }),
                a(
                        "releaser recorded evidence",
                        i ->
                                i.signature =
                                        new ReleaseSignature(
                                                "op-1",
                                                "Olli Operator",
                                                Instant.parse("2026-03-20T15:00:00Z"),
                                                "Europe/Berlin",
                                                SignatureMeaning.RELEASE,
                                                true)),
                a(
                        "everything absent",
                        i -> {
                            i.ctPresent = false;
                            i.designPresent = false;
                            i.caseFile = null;
                            i.machine = null;
                            i.parameterSet = null;
                            i.buildLog = null;
                            i.heatTreatment = null;
                            i.furnace = null;
                            i.furnaceChart = null;
                            i.machining = null;
                            i.visual = null;
                            i.cleaning = null;
                            i.componentLot = null;
                            i.signature = null;
                            i.coupons.clear();
                            i.characteristics.clear();
                        }));
    }

    private static Arguments a(String description, Consumer<ConformingImplant> change) {
        return Arguments.of(description, change);
    }

    private static void assertSameFindings(Consumer<ConformingImplant> change, Specification spec) {
        ConformingImplant implant = ConformingImplant.facts();
        change.accept(implant);
        ReleaseFacts facts = implant.build();

        Evaluation rules = EVALUATOR.evaluate(facts, spec);
        Evaluation plain = PLAIN.evaluate(facts, spec);

        assertThat(sorted(plain.findings())).isEqualTo(sorted(rules.findings()));
        assertThat(plain.verdict()).isEqualTo(rules.verdict());
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(FULLY).toList();
    }
}
