package org.implantdhr.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain. Appending locks this one row, so concurrent writers (on any server)
 * queue up.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int THE_ONE = 1;

    @Id private Integer id;

    @Column(name = "last_seq")
    private long lastSeq;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {}

    public AuditEntry append(AuditRecord record) {
        AuditEntry entry = new AuditEntry(record, lastSeq + 1, lastHash);
        lastSeq = entry.seq();
        lastHash = entry.entryHash();
        return entry;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
