package org.implantdhr.rules.vigilance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates the vigilance rules over follow-up facts: one KieBase per JVM (the executable model
 * built into this jar by the kie-maven-plugin, like the release rules), a fresh KieSession per
 * evaluation. Thread-safe.
 */
public final class VigilanceEvaluator {

    private static final String KIE_BASE = "vigilance";

    public VigilanceFindings evaluate(FollowUpFacts facts, VigilanceCriteria criteria) {
        KieSession session = Rules.KIE_BASE_INSTANCE.newKieSession();
        try {
            session.insert(criteria);
            session.insert(facts.evaluationDate());
            facts.adverseEvents().forEach(session::insert);
            facts.explants().forEach(session::insert);
            facts.deaths().forEach(session::insert);
            facts.visits().forEach(session::insert);
            session.fireAllRules();
            List<VigilanceTrigger> triggers = new ArrayList<>();
            List<FollowUpTask> tasks = new ArrayList<>();
            for (Object found :
                    session.getObjects(
                            o -> o instanceof VigilanceTrigger || o instanceof FollowUpTask)) {
                if (found instanceof VigilanceTrigger trigger) {
                    triggers.add(trigger);
                } else {
                    tasks.add((FollowUpTask) found);
                }
            }
            triggers.sort(VigilanceTrigger.BY_SOURCE_THEN_RULE);
            tasks.sort(FollowUpTask.BY_IMPLANT_THEN_WINDOW);
            return new VigilanceFindings(triggers, tasks, criteria.toString(), Rules.SHA256);
        } finally {
            session.dispose();
        }
    }

    private static final class Rules {
        private static final KieBase KIE_BASE_INSTANCE =
                KieServices.get()
                        .newKieClasspathContainer(VigilanceEvaluator.class.getClassLoader())
                        .getKieBase(KIE_BASE);
        private static final String SHA256 = ruleSetSha256();

        private static String ruleSetSha256() {
            try (InputStream in =
                    VigilanceEvaluator.class.getResourceAsStream(
                            "/org/implantdhr/rules/rule-set.properties")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "No rule-set.properties: the rules jar was not built by Maven");
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("vigilance.drl.sha256");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
