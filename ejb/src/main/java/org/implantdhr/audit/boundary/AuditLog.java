package org.implantdhr.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.audit.entity.AuditChainHead;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.audit.entity.AuditHash;

/**
 * Reading the audit trail and proving it unbroken. Nobody can change it: there is no method that
 * would.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLog {

    private static final int PAGE = 2000;

    /**
     * The search criteria; each one left null does not restrict. {@code label} is a record's name
     * or number as people know it (serial, lot, build, case or NCR number): it finds the record of
     * that label and the records whose labels begin with it and a space or slash ("CW-2026-001"
     * finds "CW-2026-001 design 1").
     */
    public record Query(
            String recordType,
            Long recordId,
            String label,
            String actor,
            Instant from,
            Instant to,
            int offset,
            int limit) {}

    /** The outcome of walking the chain: how far it is intact, and the first entry that is not. */
    public record ChainVerification(
            long entriesChecked, boolean intact, Long firstBrokenSeq, String problem) {}

    @PersistenceContext EntityManager em;

    public List<AuditEntry> search(Query q) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEntry.class);
        var e = query.from(AuditEntry.class);
        var where = new ArrayList<Predicate>();
        if (q.recordType() != null) {
            where.add(cb.equal(e.get("recordType"), q.recordType()));
        }
        if (q.recordId() != null) {
            where.add(cb.equal(e.get("recordId"), q.recordId()));
        }
        if (q.label() != null) {
            Path<String> label = e.get("recordLabel");
            where.add(
                    cb.or(
                            cb.equal(label, q.label()),
                            cb.like(label, likePrefix(q.label()) + " %", '\\'),
                            cb.like(label, likePrefix(q.label()) + "/%", '\\')));
        }
        if (q.actor() != null) {
            where.add(cb.equal(e.get("actor"), q.actor()));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), q.from()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), q.to()));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(e.get("seq")));
        return em.createQuery(query)
                .setFirstResult(q.offset())
                .setMaxResults(q.limit())
                .getResultList();
    }

    /** The text with LIKE's wildcards escaped, so that "50%" means fifty per cent. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Walks the chain in order, page by page, up to the head as it stands when the walk begins
     * (writers may go on appending meanwhile): every entry must follow its predecessor without a
     * gap, carry its predecessor's hash, and hash to what it says; the last one must be the
     * recorded head.
     */
    public ChainVerification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONE);
        long lastSeq = head.lastSeq();
        String lastHash = head.lastHash();
        em.detach(head);
        long expectedSeq = 1;
        String expectedPrevious = AuditHash.GENESIS;
        while (expectedSeq <= lastSeq) {
            List<AuditEntry> page =
                    em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class)
                            .setParameter("after", expectedSeq - 1)
                            .setMaxResults(PAGE)
                            .getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry entry : page) {
                if (entry.seq() > lastSeq) {
                    break;
                }
                if (entry.seq() != expectedSeq) {
                    return broken(
                            expectedSeq - 1, expectedSeq, "entry " + expectedSeq + " is missing");
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return broken(
                            expectedSeq - 1,
                            entry.seq(),
                            "does not carry the hash of the entry before it");
                }
                if (!entry.hashIsIntact()) {
                    return broken(
                            expectedSeq - 1,
                            entry.seq(),
                            "its content does not match its hash (changed after writing)");
                }
                expectedPrevious = entry.entryHash();
                expectedSeq++;
                em.detach(entry);
            }
        }
        long checked = expectedSeq - 1;
        if (checked != lastSeq || !lastHash.equals(expectedPrevious)) {
            return broken(
                    checked,
                    checked + 1,
                    "entries after "
                            + checked
                            + " are missing (the chain head is at "
                            + lastSeq
                            + ")");
        }
        return new ChainVerification(checked, true, null, null);
    }

    private static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(checked, false, seq, "Entry " + seq + ": " + problem);
    }
}
