package org.implantdhr.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain. Only the chaining step locks this one row, for one short batch, so
 * that two chaining steps (on any server) never fork the chain; writers never touch it.
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

    /** Chains a committed, unchained entry after the last one. */
    public void append(AuditEntry entry) {
        entry.chain(lastSeq + 1, lastHash);
        lastSeq = entry.seq();
        lastHash = entry.entryHash();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
