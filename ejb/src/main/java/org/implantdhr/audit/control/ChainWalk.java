package org.implantdhr.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.implantdhr.audit.entity.AuditEntry;
import org.implantdhr.audit.entity.AuditHash;

/**
 * Walks a stretch of the chain in order, page by page: every entry must follow its predecessor
 * without a gap, carry its predecessor's hash, and hash to what it says. At the first entry that
 * does not, it says what was done to the trail there — an entry changed, deleted, inserted, or two
 * swapped — from what the entries around it still prove: each hash covers its entry's place, so an
 * entry moved from its place still hashes to what it says at its old place.
 */
@Dependent
public class ChainWalk {

    private static final int PAGE = 2000;

    /** How far the stretch is intact, the first entry that is not and why, the last hash. */
    public record Outcome(
            long checked, boolean intact, Long firstBrokenSeq, String problem, String lastHash) {}

    @PersistenceContext EntityManager em;

    /** Entries {@code first} to {@code last}; {@code anchor} is the hash of the entry before. */
    public Outcome walk(long first, long last, String anchor) {
        long expectedSeq = first;
        String expectedPrevious = anchor;
        while (expectedSeq <= last) {
            List<AuditEntry> page = after(expectedSeq - 1, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry entry : page) {
                if (entry.seq() > last) {
                    break;
                }
                if (entry.seq() != expectedSeq
                        || !expectedPrevious.equals(entry.previousHash())
                        || !entry.hashIsIntact()) {
                    return new Outcome(
                            expectedSeq - first,
                            false,
                            expectedSeq,
                            diagnose(expectedSeq, expectedPrevious),
                            expectedPrevious);
                }
                expectedPrevious = entry.entryHash();
                expectedSeq++;
                em.detach(entry);
            }
        }
        if (expectedSeq <= last) {
            return new Outcome(
                    expectedSeq - first,
                    false,
                    expectedSeq,
                    "Entries "
                            + expectedSeq
                            + " to "
                            + last
                            + " are missing: deleted (the chain's head is at "
                            + last
                            + ")",
                    expectedPrevious);
        }
        return new Outcome(expectedSeq - first, true, null, null, expectedPrevious);
    }

    private String diagnose(long k, String expectedPrevious) {
        List<AuditEntry> around = after(k - 1, 2);
        AuditEntry at = around.isEmpty() || around.get(0).seq() != k ? null : around.get(0);
        if (at == null) {
            return "Entry " + k + " is missing: deleted";
        }
        AuditEntry next = around.size() > 1 && around.get(1).seq() == k + 1 ? around.get(1) : null;
        if (next != null && hashesAt(next, k) && expectedPrevious.equals(next.previousHash())) {
            if (hashesAt(at, k + 1)
                    && java.util.Objects.equals(at.previousHash(), next.entryHash())) {
                return "Entries " + k + " and " + (k + 1) + " were swapped: reordered";
            }
            return "Entry "
                    + k
                    + " was inserted: the entry after it was written as entry "
                    + k
                    + ", right after entry "
                    + (k - 1);
        }
        if (expectedPrevious.equals(at.previousHash())) {
            return "Entry "
                    + k
                    + " was changed after it was written: its content does not match its hash";
        }
        if (hashesAt(at, k + 1)) {
            return "Entry "
                    + k
                    + " was deleted: the entry now numbered "
                    + k
                    + " was written as entry "
                    + (k + 1);
        }
        return "Entry "
                + k
                + " does not carry the hash of the entry before it: it or its predecessor was"
                + " replaced";
    }

    /** Whether the entry hashes to what it says had it been written at place {@code seq}. */
    private static boolean hashesAt(AuditEntry entry, long seq) {
        return entry.previousHash() != null
                && AuditHash.of(seq, entry.previousHash(), entry.content())
                        .equals(entry.entryHash());
    }

    /** The chained entry at place {@code seq}. */
    public java.util.Optional<AuditEntry> entry(long seq) {
        return after(seq - 1, 1).stream().filter(e -> e.seq() == seq).findFirst();
    }

    private List<AuditEntry> after(long seq, int max) {
        return em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class)
                .setParameter("after", seq)
                .setMaxResults(max)
                .getResultList();
    }
}
