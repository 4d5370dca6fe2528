package org.implantdhr.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The audit chain at a moment — its last entry and that entry's hash — as a statement signed with
 * the installation's signing key. The statement is kept as the exact text that was signed. Never
 * changed: a changed statement no longer matches its signature.
 */
@Entity
@Table(name = "audit_checkpoint")
@NamedQuery(
        name = AuditCheckpoint.NEWEST_FIRST,
        query = "select c from AuditCheckpoint c order by c.seq desc, c.id desc")
public class AuditCheckpoint {

    public static final String NEWEST_FIRST = "AuditCheckpoint.newestFirst";

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Column(updatable = false, nullable = false)
    private long seq;

    @Column(name = "entry_hash", updatable = false, nullable = false)
    private String entryHash;

    @Column(name = "signed_at", updatable = false, nullable = false)
    private Instant signedAt;

    @Column(name = "signed_by", updatable = false, nullable = false)
    private String signedBy;

    @Column(updatable = false, nullable = false)
    private String statement;

    @Column(updatable = false, nullable = false)
    private byte[] signature;

    protected AuditCheckpoint() {}

    public AuditCheckpoint(CheckpointStatement statement, byte[] signature) {
        this.seq = statement.seq();
        this.entryHash = statement.entryHash();
        this.signedAt = statement.signedAt();
        this.signedBy = statement.signedBy();
        this.statement = statement.text();
        this.signature = signature.clone();
    }

    public Long id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public String entryHash() {
        return entryHash;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String signedBy() {
        return signedBy;
    }

    /** The signed text, byte for byte as signed (UTF-8). */
    public String statement() {
        return statement;
    }

    public byte[] statementBytes() {
        return statement.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signature() {
        return signature.clone();
    }
}
