package org.implantdhr.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.implantdhr.rules.design.ExpectedMass;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates the release rules: one KieBase per JVM (the executable model in this jar, built once
 * and shared), a fresh KieSession per evaluation. Thread-safe.
 */
public final class ReleaseEvaluator {

    private static final String KIE_BASE = "release";

    /**
     * Builds the KieBase and fires the rules once, so that the first real evaluation is not slow.
     */
    public void warmUp(ReleaseFacts sample, Specification specification) {
        evaluate(sample, specification);
    }

    /** Builds the KieBase only. */
    public void warmUp() {
        Rules.kieBase();
    }

    public Evaluation evaluate(ReleaseFacts facts, Specification specification) {
        RuleSetVersion ruleSet = RuleSetVersion.current();
        KieSession session = Rules.kieBase().newKieSession();
        try {
            insertFacts(session::insert, facts, specification, ruleSet);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            Verdict verdict = null;
            for (Object o : session.getObjects(o -> o instanceof Finding || o instanceof Verdict)) {
                if (o instanceof Finding finding) {
                    findings.add(finding);
                } else {
                    verdict = (Verdict) o;
                }
            }
            findings.sort(Finding.BY_CHECK_THEN_SUBJECT);
            return new Evaluation(
                    findings, verdict, specification.code(), specification.version(), ruleSet);
        } finally {
            session.dispose();
        }
    }

    private static void insertFacts(
            Consumer<Object> insert, ReleaseFacts f, Specification spec, RuleSetVersion ruleSet) {
        spec.limits().forEach(insert);
        for (Map.Entry<String, String> check : spec.checks().entrySet()) {
            insert.accept(new SpecifiedCheck(check.getKey(), check.getValue()));
        }
        insert.accept(new DecisionVersions(spec.code(), spec.version(), ruleSet.toString()));
        insert.accept(f);
        for (Object part :
                new Object[] {
                    f.caseFile(),
                    f.ctScan(),
                    f.design(),
                    f.powderBatch(),
                    f.machine(),
                    f.parameterSet(),
                    f.build(),
                    f.buildLog(),
                    f.heatTreatment(),
                    f.furnace(),
                    f.furnaceChart(),
                    f.machining(),
                    f.visualInspection(),
                    f.cleaning(),
                    f.dimensionalInspection(),
                    f.componentLot(),
                    f.releaseSignature(),
                    f.chronology()
                }) {
            if (part != null) {
                insert.accept(part);
            }
        }
        f.powderLots().forEach(insert);
        f.coupons().forEach(insert);
        f.nonconformances().forEach(insert);
        if (f.dimensionalInspection() != null) {
            f.dimensionalInspection().characteristics().forEach(insert);
        }
        if (f.design() != null) {
            Limit density = spec.getLimit("DES-MASS", "density");
            insert.accept(
                    ExpectedMass.of(
                            f.design().stlVolumeCm3(),
                            density.number(),
                            f.measuredMassG(),
                            spec.findLimit("DES-MASS", "deviation_percent").orElse(null)));
        }
    }

    private static final class Rules {
        private static final KieBase KIE_BASE_INSTANCE =
                KieServices.get()
                        .newKieClasspathContainer(ReleaseEvaluator.class.getClassLoader())
                        .getKieBase(KIE_BASE);

        static KieBase kieBase() {
            return KIE_BASE_INSTANCE;
        }
    }
}
