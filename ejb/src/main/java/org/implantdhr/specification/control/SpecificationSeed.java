package org.implantdhr.specification.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * Every installation, production included, starts with the validated baseline specification ({@link
 * BaselineSpecification}), seeded once when no version of its code exists, and the draft of the
 * next version shipped with the rules ({@link ShippedSpecificationDraft}). If several servers start
 * at once, one of them inserts each and the others find it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SpecificationSeed {

    private static final Logger LOG = Logger.getLogger(SpecificationSeed.class.getName());

    @EJB BaselineSpecification baseline;

    @EJB ShippedSpecificationDraft draft;

    @PostConstruct
    void seed() {
        seedBaseline();
        seedDraft();
    }

    private void seedBaseline() {
        if (baseline.exists()) {
            return;
        }
        String label = BaselineSpecification.CODE + " " + BaselineSpecification.VERSION;
        try {
            String sha256 = baseline.insert();
            LOG.info(
                    () ->
                            "Seeded the validated baseline specification "
                                    + label
                                    + " (content sha256 "
                                    + sha256
                                    + "), in force from "
                                    + BaselineSpecification.EFFECTIVE_FROM);
        } catch (RuntimeException e) {
            if (!baseline.exists()) {
                throw new IllegalStateException(
                        "Could not seed the baseline specification " + label, e);
            }
            LOG.info(() -> "Another server seeded the baseline specification " + label);
        }
    }

    private void seedDraft() {
        if (draft.exists()) {
            return;
        }
        try {
            draft.insert();
            LOG.info(
                    () ->
                            "Seeded the draft specification "
                                    + BaselineSpecification.CODE
                                    + " "
                                    + ShippedSpecificationDraft.VERSION
                                    + "; it takes effect when a QA manager approves it");
        } catch (RuntimeException e) {
            if (!draft.exists()) {
                throw new IllegalStateException(
                        "Could not seed the draft specification "
                                + ShippedSpecificationDraft.VERSION,
                        e);
            }
        }
    }
}
