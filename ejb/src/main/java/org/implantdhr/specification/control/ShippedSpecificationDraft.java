package org.implantdhr.specification.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.specification.SpecificationCsv;
import org.implantdhr.specification.entity.SpecificationVersion;

/**
 * TI64-ELI-CW 1.1 as shipped with the release rules (the CSV in the rules jar): the process-order
 * check REC-CHRONOLOGY, the furnace chart's sampling gaps, repeated layers and the closed design
 * mesh. Unlike the baseline it is seeded as a draft: a new version takes effect only when a QA
 * manager of this installation approves it with an e-signature, from a date they choose (the seeded
 * date is the day of seeding; a QA manager may move it before approving). Until then 1.0 stays in
 * force.
 */
@Stateless
public class ShippedSpecificationDraft {

    public static final String VERSION = "1.1";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    public boolean exists() {
        return version(VERSION) != null;
    }

    /** Inserts the draft, based on the baseline, and audits it. */
    public void insert() {
        var draft =
                new SpecificationVersion(
                        BaselineSpecification.CODE,
                        VERSION,
                        RecordingClock.today(),
                        version(BaselineSpecification.VERSION),
                        "Version 1.1 shipped with the release rules: process order (REC-CHRONOLOGY), furnace chart sampling gaps "
                                + "end the soak (HT-CHART), any repeated layer (BLD-LAYERS), closed design mesh (DES-MASS)",
                        SpecificationCsv.classpath(BaselineSpecification.CODE, VERSION).limits(),
                        CurrentUser.SYSTEM,
                        RecordingClock.now());
        em.persist(draft);
        em.flush();
        audit.created(draft);
    }

    private SpecificationVersion version(String label) {
        return em.createNamedQuery(SpecificationVersion.BY_LABEL, SpecificationVersion.class)
                .setParameter("code", BaselineSpecification.CODE)
                .setParameter("version", label)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
