package org.implantdhr.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.certificate.control.CertificateKeys;
import org.implantdhr.certificate.control.DocumentTimestamp;
import org.implantdhr.certificate.entity.CertificateVersion;
import org.implantdhr.certificate.entity.ReleaseCertificate;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Keeps archived certificates provable (PAdES B-LTA): before the certificate of a version's last
 * document timestamp expires, a new version is made with the validation data of everything in it
 * and a new document timestamp over the whole. Each renewal is a new version with its own SHA-256
 * (the earlier ones stay recognisable) and an audit entry on the certificate, by the installation.
 */
@Stateless
@PermitAll
public class ArchiveTimestamps {

    static final String SYSTEM = "system";
    // at most 16 characters: the audit trail's action column
    static final String RENEW = "ARCHIVE_RENEWAL";

    @PersistenceContext EntityManager em;

    @Inject CertificateKeys keys;
    @Inject AuditTrail audit;
    @Inject CurrentUser currentUser;

    /** The latest versions whose last timestamp's certificate expires before {@code limit}. */
    public List<Long> dueBefore(Instant limit) {
        return em.createNamedQuery(CertificateVersion.DUE_FOR_RENEWAL, CertificateVersion.class)
                .setParameter("limit", limit)
                .getResultStream()
                .map(CertificateVersion::id)
                .toList();
    }

    /**
     * Renews one version in a transaction of its own, so that one failure stops nothing else; a
     * version that is no longer the latest (another server renewed it) is left alone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void renew(long versionId) {
        CertificateVersion due = em.find(CertificateVersion.class, versionId);
        if (latestOf(due.certificateId()).id() != versionId || !keys.signer().renews()) {
            return;
        }
        CertificateVersion renewed = renewed(due, SYSTEM);
        audit.eventBy(SYSTEM, RENEW, certificateOf(renewed), detail(due, renewed));
    }

    /**
     * An administrator renews the archive timestamp of an implant's latest certificate now, not
     * waiting for the schedule (e.g. before the timestamp authority is changed); audited with the
     * reason.
     *
     * @throws NoSuchRecordException for a serial without certificate
     * @throws ConflictingRecordException when no timestamp authority is configured
     */
    @RolesAllowed("ADMIN")
    public RenewedVersion renewNow(String serialNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "A reason is required for a renewal now");
        }
        ReleaseCertificate certificate =
                em.createNamedQuery(ReleaseCertificate.OF_SERIAL, ReleaseCertificate.class)
                        .setParameter("serial", serialNumber)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new NoSuchRecordException(
                                                "Certificate of implant", serialNumber));
        if (!keys.signer().renews()) {
            throw new ConflictingRecordException(
                    "No timestamp authority is configured (implantdhr.tsa.url): archive"
                            + " timestamps cannot be renewed");
        }
        CertificateVersion due = latestOf(certificate.id());
        CertificateVersion renewed = renewed(due, currentUser.username());
        audit.event(RENEW, certificate, detail(due, renewed), reason);
        return new RenewedVersion(
                serialNumber,
                certificate.certificateNumber(),
                renewed.versionNumber(),
                renewed.sha256(),
                due.sha256(),
                renewed.renewBefore());
    }

    private CertificateVersion latestOf(long certificateId) {
        return em.createNamedQuery(CertificateVersion.LATEST_OF, CertificateVersion.class)
                .setParameter("certificateId", certificateId)
                .setMaxResults(1)
                .getSingleResult();
    }

    private ReleaseCertificate certificateOf(CertificateVersion version) {
        return em.find(ReleaseCertificate.class, version.certificateId());
    }

    /** The next version of {@code due}: its bytes with a new document timestamp, stored. */
    private CertificateVersion renewed(CertificateVersion due, String by) {
        ReleaseCertificate certificate = certificateOf(due);
        byte[] before = due.pdf() != null ? due.pdf() : certificate.pdf();
        byte[] renewed = keys.signer().renew(before);
        // the unique (certificate, version number) stops a second server renewing the same version
        CertificateVersion next =
                new CertificateVersion(
                        certificate.id(),
                        due.versionNumber() + 1,
                        renewed,
                        Sha256.hex(renewed),
                        DocumentTimestamp.lastExpiry(renewed).orElse(null),
                        RecordingClock.now(),
                        by);
        em.persist(next);
        em.flush();
        return next;
    }

    private static String detail(CertificateVersion due, CertificateVersion renewed) {
        return "version "
                + renewed.versionNumber()
                + ", sha256 "
                + renewed.sha256()
                + " (was "
                + due.sha256()
                + "; last timestamp's certificate expired "
                + due.renewBefore()
                + ", the new one "
                + renewed.renewBefore()
                + ")";
    }
}
