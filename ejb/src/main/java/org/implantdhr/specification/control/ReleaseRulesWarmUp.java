package org.implantdhr.specification.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.ReleaseEvaluator;
import org.implantdhr.rules.RuleSetVersion;
import org.implantdhr.rules.facts.ReleaseFacts;
import org.implantdhr.rules.specification.SpecificationCsv;

/**
 * Builds the release rules' KieBase once, at start, from the executable model the rules jar carries
 * (no DRL is compiled on the server), and fires the rules once on an empty record, so that the
 * first release does not pay for it. The times are logged: building the KieBase takes well under a
 * second when the model is precompiled. A failure is logged and does not stop the application:
 * every other function works without the rules, and a release evaluation then fails with the same
 * cause.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReleaseRulesWarmUp {

    private static final Logger LOG = Logger.getLogger(ReleaseRulesWarmUp.class.getName());

    @PostConstruct
    void warmUp() {
        try {
            var evaluator = new ReleaseEvaluator();
            long start = System.nanoTime();
            evaluator.warmUp();
            long built = System.nanoTime();
            var empty =
                    new ReleaseFacts(
                            "warm-up",
                            RecordingClock.today(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);
            var evaluation =
                    evaluator.evaluate(
                            empty,
                            SpecificationCsv.classpath(
                                    BaselineSpecification.CODE, BaselineSpecification.VERSION));
            long fired = System.nanoTime();
            LOG.info(
                    () ->
                            "Release rules "
                                    + RuleSetVersion.current()
                                    + " ready: KieBase built in "
                                    + (built - start) / 1_000_000
                                    + " ms from the executable model, first evaluation ("
                                    + evaluation.findings().size()
                                    + " findings) in "
                                    + (fired - built) / 1_000_000
                                    + " ms");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(
                    Level.SEVERE,
                    "The release rules could not be loaded; release evaluations will fail",
                    e);
        }
    }
}
