package org.implantdhr.certificate.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.implantdhr.platform.entity.Recorded;

/**
 * One version of a release certificate's bytes: version 1 as issued (its bytes are the
 * certificate's own), each later one with another archive timestamp appended. Never changed.
 */
@Entity
@Table(name = "certificate_version")
@NamedQuery(
        name = CertificateVersion.WITH_SHA256,
        query = "select v from CertificateVersion v where v.sha256 = :sha256 order by v.id desc")
@NamedQuery(
        name = CertificateVersion.LATEST_OF,
        query =
                "select v from CertificateVersion v where v.certificateId = :certificateId"
                        + " order by v.versionNumber desc")
@NamedQuery(
        name = CertificateVersion.DUE_FOR_RENEWAL,
        query =
                "select v from CertificateVersion v where v.renewBefore < :limit and v.versionNumber"
                        + " = (select max(w.versionNumber) from CertificateVersion w"
                        + " where w.certificateId = v.certificateId) order by v.renewBefore")
public class CertificateVersion extends Recorded {

    public static final String WITH_SHA256 = "CertificateVersion.withSha256";
    public static final String LATEST_OF = "CertificateVersion.latestOf";
    public static final String DUE_FOR_RENEWAL = "CertificateVersion.dueForRenewal";

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "renew_before", updatable = false)
    private Instant renewBefore;

    protected CertificateVersion() {}

    /** {@code pdf} is null for version 1, whose bytes are the certificate's. */
    public CertificateVersion(
            long certificateId,
            int versionNumber,
            byte[] pdf,
            String sha256,
            Instant renewBefore,
            Instant at,
            String by) {
        this.certificateId = certificateId;
        this.versionNumber = versionNumber;
        this.pdf = pdf;
        this.sha256 = sha256;
        this.renewBefore = renewBefore == null ? null : renewBefore.truncatedTo(ChronoUnit.MICROS);
        recordCreation(by, at);
    }

    public long certificateId() {
        return certificateId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    /** The bytes of this version; null for version 1 (see the certificate). */
    public byte[] pdf() {
        return pdf;
    }

    public String sha256() {
        return sha256;
    }

    public Instant renewBefore() {
        return renewBefore;
    }
}
