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
 * One line of the audit trail. Never updated, never deleted: every column is insert-only, and each
 * entry carries the hash of the one before it, so that a changed or removed entry breaks the chain.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = AuditEntry.IN_ORDER,
        query = "select e from AuditEntry e where e.seq > :after order by e.seq")
public class AuditEntry {

    public static final String IN_ORDER = "AuditEntry.inOrder";

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Column(updatable = false, nullable = false)
    private long seq;

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

    @Column(name = "previous_hash", updatable = false, nullable = false)
    private String previousHash;

    @Column(name = "entry_hash", updatable = false, nullable = false)
    private String entryHash;

    protected AuditEntry() {}

    public AuditEntry(AuditRecord record, long seq, String previousHash) {
        this.seq = seq;
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
        this.previousHash = previousHash;
        this.entryHash = AuditHash.of(seq, previousHash, record);
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
        return AuditHash.of(seq, previousHash, content()).equals(entryHash);
    }

    public Long id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
