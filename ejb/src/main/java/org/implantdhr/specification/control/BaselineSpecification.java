package org.implantdhr.specification.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.rules.specification.SpecificationCsv;
import org.implantdhr.specification.entity.SpecificationVersion;

/**
 * The validated baseline specification: TI64-ELI-CW 1.0 as shipped with the release rules (the CSV
 * in the rules jar, reviewed and validated with them), approved and in force from 2024-01-01:
 * before any record an installation holds, the demo plant's two-year follow-up history included. It
 * is approved by "system" without an e-signature, because no person approves it in this
 * installation; every later version is a QA manager's signed approval. A bean of its own because
 * the server calls it at start, before anyone logs in (the audit trail asks for the caller, which a
 * singleton's start-up callback may not).
 */
@Stateless
public class BaselineSpecification {

    public static final String CODE = "TI64-ELI-CW";
    public static final String VERSION = "1.0";
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2024, 1, 1);

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    public boolean exists() {
        return !em.createNamedQuery(SpecificationVersion.OF_CODE, SpecificationVersion.class)
                .setParameter("code", CODE)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Inserts it, approved and audited; returns the SHA-256 of its content. */
    public String insert() {
        Specification baseline = SpecificationCsv.classpath(CODE, VERSION);
        Instant now = RecordingClock.now();
        var version =
                new SpecificationVersion(
                        CODE,
                        VERSION,
                        EFFECTIVE_FROM,
                        null,
                        "Validated baseline shipped with the release rules",
                        baseline.limits(),
                        CurrentUser.SYSTEM,
                        now);
        String sha256 = new SpecificationContent(baseline, EFFECTIVE_FROM).sha256();
        version.approve(null, CurrentUser.SYSTEM, now, sha256);
        em.persist(version);
        em.flush();
        audit.created(version);
        audit.event(
                "APPROVE",
                version,
                "validated baseline "
                        + CODE
                        + "-"
                        + VERSION
                        + ".csv of the release rules, "
                        + "approved by system without e-signature; content sha256 "
                        + sha256,
                null);
        return sha256;
    }
}
