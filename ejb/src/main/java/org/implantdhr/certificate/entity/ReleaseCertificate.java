package org.implantdhr.certificate.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * The signed release certificate of an implant, byte for byte as issued; only its status ever
 * changes.
 */
@Entity
@Table(name = "release_certificate")
@NamedQuery(
        name = ReleaseCertificate.OF_SERIAL,
        query =
                "select c from ReleaseCertificate c where c.serialNumber = :serial order by c.issuedAt desc, c.id desc")
@NamedQuery(
        name = ReleaseCertificate.WITH_SHA256,
        query = "select c from ReleaseCertificate c where c.sha256 = :sha256 order by c.id desc")
@NamedQuery(
        name = ReleaseCertificate.IN_FORCE_OF_SERIALS,
        query =
                "select c from ReleaseCertificate c where c.serialNumber in :serials"
                        + " and c.status = org.implantdhr.certificate.entity.CertificateStatus.ISSUED")
public class ReleaseCertificate extends Recorded implements Audited {

    public static final String OF_SERIAL = "ReleaseCertificate.ofSerial";
    public static final String IN_FORCE_OF_SERIALS = "ReleaseCertificate.inForceOfSerials";
    public static final String WITH_SHA256 = "ReleaseCertificate.withSha256";

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(name = "serial_number", nullable = false, updatable = false)
    private String serialNumber;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    private String certificateNumber;

    /** Loaded only for a download, never with the status. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "template_version", nullable = false, updatable = false)
    private String templateVersion;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_signature_id")
    private Long revocationSignatureId;

    /** The recall that revoked it; null for a revocation of this certificate alone. */
    @Column(name = "recall_id")
    private Long recallId;

    protected ReleaseCertificate() {}

    public ReleaseCertificate(
            long implantId,
            long decisionId,
            String serialNumber,
            String certificateNumber,
            byte[] pdf,
            String sha256,
            String templateVersion,
            Instant issuedAt,
            String user) {
        this.implantId = implantId;
        this.decisionId = decisionId;
        this.serialNumber = serialNumber;
        this.certificateNumber = certificateNumber;
        this.pdf = pdf.clone();
        this.sha256 = sha256;
        this.templateVersion = templateVersion;
        this.issuedAt = issuedAt.truncatedTo(ChronoUnit.MICROS);
        this.status = CertificateStatus.ISSUED;
        recordCreation(user, issuedAt);
    }

    public void supersede() {
        status = CertificateStatus.SUPERSEDED;
    }

    /** Withdraws the certificate under an e-signature; only one in force (ISSUED) is revoked. */
    public void revoke(String reason, Instant at, String by, long signatureId, Long recallId) {
        if (status != CertificateStatus.ISSUED) {
            throw new IllegalStateException("Certificate " + certificateNumber + " is " + status);
        }
        status = CertificateStatus.REVOKED;
        revokedReason = reason;
        revokedAt = at.truncatedTo(ChronoUnit.MICROS);
        revokedBy = by;
        revocationSignatureId = signatureId;
        this.recallId = recallId;
    }

    @Override
    public String recordType() {
        return "ReleaseCertificate";
    }

    @Override
    public String label() {
        return certificateNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantId", implantId);
        state.put("decisionId", decisionId);
        state.put("serialNumber", serialNumber);
        state.put("certificateNumber", certificateNumber);
        state.put("sha256", sha256);
        state.put("templateVersion", templateVersion);
        state.put("issuedAt", issuedAt);
        state.put("status", status);
        state.put("revokedReason", revokedReason);
        state.put("revokedAt", revokedAt);
        state.put("revokedBy", revokedBy);
        state.put("revocationSignatureId", revocationSignatureId);
        state.put("recallId", recallId);
        return state;
    }

    public long implantId() {
        return implantId;
    }

    public long decisionId() {
        return decisionId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String sha256() {
        return sha256;
    }

    public String templateVersion() {
        return templateVersion;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public CertificateStatus status() {
        return status;
    }

    public String revokedReason() {
        return revokedReason;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Long revocationSignatureId() {
        return revocationSignatureId;
    }

    public Long recallId() {
        return recallId;
    }
}
