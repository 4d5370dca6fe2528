package org.implantdhr.rules;

import java.util.List;
import java.util.function.Consumer;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.rules.specification.SpecificationCsv;

/** The shared evaluator and specification seed, and finding look-ups for tests. */
final class EvaluationFixture {

    static final Specification SPEC = SpecificationCsv.classpath("TI64-ELI-CW", "1.0");
    static final Specification SPEC_1_1 = SpecificationCsv.classpath("TI64-ELI-CW", "1.1");
    static final ReleaseEvaluator EVALUATOR = new ReleaseEvaluator();

    private EvaluationFixture() {}

    static Evaluation evaluate(Consumer<ConformingImplant> change) {
        ConformingImplant implant = ConformingImplant.facts();
        change.accept(implant);
        return EVALUATOR.evaluate(implant.build(), SPEC);
    }

    static Evaluation evaluate(Specification specification, Consumer<ConformingImplant> change) {
        ConformingImplant implant = ConformingImplant.facts();
        change.accept(implant);
        return EVALUATOR.evaluate(implant.build(), specification);
    }

    static List<Finding> findings(Evaluation evaluation, String checkId, String subjectPart) {
        return evaluation.findings().stream()
                .filter(f -> f.checkId().equals(checkId) && f.subject().contains(subjectPart))
                .toList();
    }

    /** The one finding of a check whose subject contains the text. */
    static Finding finding(Evaluation evaluation, String checkId, String subjectPart) {
        List<Finding> found = findings(evaluation, checkId, subjectPart);
        if (found.size() != 1) {
            throw new AssertionError(
                    "Expected one "
                            + checkId
                            + " finding about '"
                            + subjectPart
                            + "', found "
                            + found
                            + " among "
                            + evaluation.findings().stream()
                                    .filter(f -> f.checkId().equals(checkId))
                                    .toList());
        }
        return found.get(0);
    }
}
