package org.implantdhr.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.implantdhr.audit.control.ChainWalk;
import org.implantdhr.audit.control.RecordFamilies;
import org.implantdhr.audit.entity.AuditChainHead;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.audit.entity.AuditHash;
import org.implantdhr.bundle.control.ImplantRecords;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * Reading the audit trail and proving it unbroken. Nobody can change it: there is no method that
 * would.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLog {

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
            boolean oldestFirst,
            int offset,
            int limit) {}

    /**
     * The outcome of walking the chain: how far it is intact, and the first entry that is not;
     * {@code pendingEntries} were committed but not chained yet when the walk began (normally
     * chained within milliseconds; they are verified once chained).
     */
    public record ChainVerification(
            long entriesChecked,
            boolean intact,
            Long firstBrokenSeq,
            String problem,
            long pendingEntries) {}

    @PersistenceContext EntityManager em;

    @Inject ChainWalk walk;

    @Inject RecordFamilies families;

    /**
     * The entries that match, newest first unless asked otherwise (entries still waiting to be
     * chained first of all), one page. A label that is an implant's serial number finds the entries
     * of every record of its history too: its case, design, build, lots, process steps,
     * evaluations, acknowledgements, NCRs, release signature, certificates and recalls; a build's
     * or a lot's number those of the records that belong to it ({@link RecordFamilies}).
     */
    public List<AuditEntry> search(Query q) {
        if (q.label() != null && q.recordType() == null && q.recordId() == null) {
            var implant =
                    em.createNamedQuery(Implant.BY_SERIAL, Implant.class)
                            .setParameter("serial", q.label())
                            .getResultStream()
                            .findFirst();
            if (implant.isPresent()) {
                return history(
                        ImplantRecords.RECORDS,
                        query -> ImplantRecords.bind(query, implant.get()),
                        q);
            }
            var family = families.of(q.label());
            if (family.isPresent()) {
                return history(family.get(), query -> query.setParameter(1, q.label()), q);
            }
        }
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
        // entries still waiting to be chained have no seq yet, which sorts high (after every seq)
        query.where(where.toArray(Predicate[]::new))
                .orderBy(
                        q.oldestFirst() ? cb.asc(e.get("seq")) : cb.desc(e.get("seq")),
                        q.oldestFirst() ? cb.asc(e.get("id")) : cb.desc(e.get("id")));
        return em.createQuery(query)
                .setFirstResult(q.offset())
                .setMaxResults(q.limit())
                .getResultList();
    }

    /**
     * The entries of a record and the records that belong to it ({@code records}: SQL giving (type,
     * id) pairs, its parameters ?1 to ?6 bound by {@code bind}), found in the database and paged
     * there.
     */
    @SuppressWarnings("unchecked")
    private List<AuditEntry> history(
            String records, Consumer<jakarta.persistence.Query> bind, Query q) {
        var sql =
                new StringBuilder(
                        "SELECT a.* FROM audit_entry a JOIN ("
                                + records
                                + ") r (record_type, record_id)"
                                + " ON r.record_type = a.record_type AND r.record_id = a.record_id"
                                + " WHERE 1 = 1");
        if (q.actor() != null) {
            sql.append(" AND a.actor = ?7");
        }
        if (q.from() != null) {
            sql.append(" AND a.occurred_at >= ?8");
        }
        if (q.to() != null) {
            sql.append(" AND a.occurred_at < ?9");
        }
        String direction = q.oldestFirst() ? " ASC" : " DESC";
        sql.append(" ORDER BY a.seq").append(direction).append(", a.id").append(direction);
        sql.append(" LIMIT ?10 OFFSET ?11");
        var query = em.createNativeQuery(sql.toString(), AuditEntry.class);
        bind.accept(query);
        if (q.actor() != null) {
            query.setParameter(7, q.actor());
        }
        if (q.from() != null) {
            query.setParameter(8, q.from().atOffset(java.time.ZoneOffset.UTC));
        }
        if (q.to() != null) {
            query.setParameter(9, q.to().atOffset(java.time.ZoneOffset.UTC));
        }
        query.setParameter(10, q.limit()).setParameter(11, q.offset());
        return query.getResultList();
    }

    /**
     * The names the trail knows for the records these ids refer to, e.g. {@code Build 1478 →
     * B-DEMO-1}: each record's entries carry its label. Keyed by {@link #key}.
     */
    public Map<String, String> labels(Map<String, Set<Long>> idsByType) {
        var labels = new HashMap<String, String>();
        idsByType.forEach(
                (type, ids) -> {
                    if (ids.isEmpty()) {
                        return;
                    }
                    List<Object[]> rows =
                            em.createQuery(
                                            "select distinct e.recordId, e.recordLabel from AuditEntry e"
                                                    + " where e.recordType = :type and e.recordId in :ids"
                                                    + " and e.recordLabel is not null",
                                            Object[].class)
                                    .setParameter("type", type)
                                    .setParameter("ids", ids)
                                    .getResultList();
                    for (Object[] row : rows) {
                        labels.putIfAbsent(
                                key(type, ((Number) row[0]).longValue()), (String) row[1]);
                    }
                });
        return labels;
    }

    public static String key(String recordType, long id) {
        return recordType + " " + id;
    }

    /** The text with LIKE's wildcards escaped, so that "50%" means fifty per cent. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Walks the whole chain up to the head as it stands when the walk begins (chaining may go on
     * meanwhile); the last entry must be the recorded head.
     */
    public ChainVerification verify() {
        long pending =
                em.createNamedQuery(AuditEntry.COUNT_UNCHAINED, Long.class).getSingleResult();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONE);
        long lastSeq = head.lastSeq();
        String lastHash = head.lastHash();
        em.detach(head);
        var outcome = walk.walk(1, lastSeq, AuditHash.GENESIS);
        if (outcome.intact() && !lastHash.equals(outcome.lastHash())) {
            return new ChainVerification(
                    outcome.checked(),
                    false,
                    lastSeq,
                    "Entry " + lastSeq + " is not the one the chain's head records: replaced",
                    pending);
        }
        return verification(outcome, pending);
    }

    /**
     * Walks entries {@code from} to {@code to} (to the head when null), taking the stored hash of
     * the entry before {@code from} as given: a check of one stretch, which a check of the whole
     * chain or a signed checkpoint completes.
     */
    public ChainVerification verify(long from, Long to) {
        if (from < 1) {
            throw new InvalidRequestException("from", "Entries are numbered from 1");
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONE);
        long last = to == null ? head.lastSeq() : Math.min(to, head.lastSeq());
        em.detach(head);
        String anchor = AuditHash.GENESIS;
        if (from > 1) {
            var before = walk.entry(from - 1);
            if (before.isEmpty()) {
                return new ChainVerification(
                        0, false, from - 1, "Entry " + (from - 1) + " is missing: deleted", 0);
            }
            anchor = before.get().entryHash();
        }
        return verification(walk.walk(from, last, anchor), 0);
    }

    private static ChainVerification verification(ChainWalk.Outcome outcome, long pending) {
        return new ChainVerification(
                outcome.checked(),
                outcome.intact(),
                outcome.firstBrokenSeq(),
                outcome.problem(),
                pending);
    }
}
