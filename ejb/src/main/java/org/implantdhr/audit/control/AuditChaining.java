package org.implantdhr.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.implantdhr.audit.entity.AuditChainHead;
import org.implantdhr.audit.entity.AuditEntry;

/**
 * Chains committed audit entries, the way a Certificate Transparency log sequences what it was
 * given: writers only insert their entries, unchained, in the transaction of their change; this
 * step, run right after each such transaction commits and by a timer as a backstop ({@link
 * AuditChainTimer}), locks the chain's head, gives the oldest committed unchained entries their
 * place and hashes in order, and commits.
 *
 * <p>Why not lock the head as the last step before commit (a beforeCompletion hook): the head would
 * still be held while the transaction's own flush writes thousands of rows (an imported chart) and
 * until the database commits, and it needs the persistence context after the container's own
 * beforeCompletion flushed it. Here the head is held for one batch of at most {@value #BATCH}
 * entries, in a transaction of its own that reads and writes nothing but the trail, never around
 * parsing, rendering, signing or a writer's work; a slow writer's entries are invisible to it until
 * they commit, so a slow transaction holds up nobody. Two servers on one database serialise on the
 * same row and chain whatever either committed. Until chained (normally milliseconds) an entry is
 * shown and verified as pending.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditChaining {

    static final int BATCH = 500;

    @PersistenceContext EntityManager em;

    /**
     * Chains up to one batch of committed, unchained entries, oldest first; returns how many (fewer
     * than a batch: nothing is left that was committed when this step began).
     */
    public int chainCommitted() {
        AuditChainHead head =
                em.find(
                        AuditChainHead.class,
                        AuditChainHead.THE_ONE,
                        LockModeType.PESSIMISTIC_WRITE);
        // read after the lock is held, so that a chaining step that held it before is seen whole
        List<AuditEntry> unchained =
                em.createNamedQuery(AuditEntry.UNCHAINED, AuditEntry.class)
                        .setMaxResults(BATCH)
                        .getResultList();
        unchained.forEach(head::append);
        return unchained.size();
    }
}
