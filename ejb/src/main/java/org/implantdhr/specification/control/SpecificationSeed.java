package org.implantdhr.specification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.rules.specification.SpecificationCsv;
import org.implantdhr.specification.entity.SpecificationVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every installation, production included, starts with the validated baseline specification: TI64-ELI-CW 1.0 as
 * shipped with the release rules (the CSV in the rules jar, reviewed and validated with the rules), approved and
 * in force from 2026-01-01. It is approved by "system" without an e-signature, because no person approves it in
 * this installation; every later version is a QA manager's signed approval. Seeded once, when no version of the
 * code exists; if several servers start at once, one of them inserts it and the others find it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SpecificationSeed {

    public static final String CODE = "TI64-ELI-CW";
    public static final String VERSION = "1.0";
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

    private static final Logger LOG = Logger.getLogger(SpecificationSeed.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void seedBaseline() {
        if (baselineExists()) {
            return;
        }
        try {
            transaction.begin();
            Specification baseline = SpecificationCsv.classpath(CODE, VERSION);
            String sha256 = insert(baseline);
            transaction.commit();
            LOG.info(() -> "Seeded the validated baseline specification " + CODE + " " + VERSION + " ("
                    + baseline.limits().size() + " limits, content sha256 " + sha256 + "), in force from " + EFFECTIVE_FROM);
        } catch (Exception e) {
            rollBack();
            if (!baselineExists()) {
                throw new IllegalStateException("Could not seed the baseline specification " + CODE + " " + VERSION, e);
            }
            LOG.info(() -> "Another server seeded the baseline specification " + CODE + " " + VERSION);
        }
    }

    private String insert(Specification baseline) {
        Instant now = Instant.now();
        var version = new SpecificationVersion(CODE, VERSION, EFFECTIVE_FROM, null,
                "Validated baseline shipped with the release rules", baseline.limits(), CurrentUser.SYSTEM, now);
        String sha256 = new SpecificationContent(baseline, EFFECTIVE_FROM).sha256();
        version.approve(null, CurrentUser.SYSTEM, now, sha256);
        em.persist(version);
        em.flush();
        audit.created(version);
        audit.event("APPROVE", version, "validated baseline " + CODE + "-" + VERSION + ".csv of the release rules, "
                + "approved by system without e-signature; content sha256 " + sha256, null);
        return sha256;
    }

    private boolean baselineExists() {
        return !em.createNamedQuery(SpecificationVersion.OF_CODE, SpecificationVersion.class)
                .setParameter("code", CODE).setMaxResults(1).getResultList().isEmpty();
    }

    private void rollBack() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // nothing was begun, or it is already rolled back: in both cases nothing of the seed is stored
        }
    }
}
