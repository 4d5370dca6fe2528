package org.implantdhr.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every record of the DHR carries: a sequence-generated id (IDENTITY does not work with
 * EclipseLink on H2 2.x), an optimistic-lock version, and who created it when. Time is kept to the
 * microsecond, which is what both databases store, so that a value read back equals the value
 * written (the audit chain hashes it).
 */
@MappedSuperclass
public abstract class Recorded {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    protected Long id;

    @Version protected long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    protected Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    protected String createdBy;

    protected void recordCreation(String user, Instant at) {
        this.createdBy = user;
        this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
