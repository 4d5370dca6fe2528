package org.implantdhr.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail. Its content is insert-only. It is written unchained, in the
 * transaction of the change it describes, and chained once shortly after that transaction commits
 * ({@link org.implantdhr.audit.control.AuditChaining}): then it gets its place in the chain ({@code
 * seq}) and carries the hash of the one before it, so that a changed or removed entry breaks the
 * chain. Never updated after that, never deleted.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = AuditEntry.IN_ORDER,
        query = "select e from AuditEntry e where e.seq > :after order by e.seq")
@NamedQuery(
        name = AuditEntry.UNCHAINED,
        query = "select e from AuditEntry e where e.seq is null order by e.id")
@NamedQuery(
        name = AuditEntry.COUNT_UNCHAINED,
        query = "select count(e) from AuditEntry e where e.seq is null")
public class AuditEntry {

    public static final String IN_ORDER = "AuditEntry.inOrder";
    public static final String UNCHAINED = "AuditEntry.unchained";
    public static final String COUNT_UNCHAINED = "AuditEntry.countUnchained";

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    /** Null until chained. */
    private Long seq;

    @Column(name = "occurred_at", updatable = false, nullable = false)
    private Instant occurredAt;

    @Column(updatable = false, nullable = false)
    private String actor;

    @Column(updatable = false, nullable = false)
    private String action;

    @Column(name = "record_type", updatable = false, nullable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false, nullable = false)
    private long recordId;

    @Column(name = "record_label", updatable = false)
    private String recordLabel;

    @Column(name = "field_name", updatable = false)
    private String fieldName;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(updatable = false)
    private String reason;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEntry() {}

    /** An entry not chained yet. */
    public AuditEntry(AuditRecord record) {
        this.occurredAt = record.occurredAt();
        this.actor = record.actor();
        this.action = record.action();
        this.recordType = record.recordType();
        this.recordId = record.recordId();
        this.recordLabel = record.recordLabel();
        this.fieldName = record.fieldName();
        this.oldValue = record.oldValue();
        this.newValue = record.newValue();
        this.reason = record.reason();
    }

    /** Gives this entry its place after the one hashed {@code previousHash}; only once. */
    void chain(long seq, String previousHash) {
        if (this.seq != null) {
            throw new IllegalStateException("audit entry " + id + " is chained already");
        }
        this.seq = seq;
        this.previousHash = previousHash;
        this.entryHash = AuditHash.of(seq, previousHash, content());
    }

    public boolean isChained() {
        return seq != null;
    }

    /** The content of this entry as it is read back, to recompute its hash. */
    public AuditRecord content() {
        return new AuditRecord(
                occurredAt,
                actor,
                action,
                recordType,
                recordId,
                recordLabel,
                fieldName,
                oldValue,
                newValue,
                reason);
    }

    public boolean hashIsIntact() {
        return seq != null
                && previousHash != null
                && AuditHash.of(seq, previousHash, content()).equals(entryHash);
    }

    public Long id() {
        return id;
    }

    /** The place in the chain; null while the entry waits to be chained. */
    public Long seq() {
        return seq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
