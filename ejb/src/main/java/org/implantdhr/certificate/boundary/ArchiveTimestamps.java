package org.implantdhr.certificate.boundary;

import jakarta.annotation.security.PermitAll;
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

    @PersistenceContext EntityManager em;

    @Inject CertificateKeys keys;
    @Inject AuditTrail audit;

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
        CertificateVersion latest =
                em.createNamedQuery(CertificateVersion.LATEST_OF, CertificateVersion.class)
                        .setParameter("certificateId", due.certificateId())
                        .setMaxResults(1)
                        .getSingleResult();
        if (latest.id() != versionId || !keys.signer().renews()) {
            return;
        }
        ReleaseCertificate certificate = em.find(ReleaseCertificate.class, due.certificateId());
        byte[] before = due.pdf() != null ? due.pdf() : certificate.pdf();
        byte[] renewed = keys.signer().renew(before);
        String sha256 = Sha256.hex(renewed);
        Instant renewBefore = DocumentTimestamp.lastExpiry(renewed).orElse(null);
        // the unique (certificate, version number) stops a second server renewing the same version
        em.persist(
                new CertificateVersion(
                        certificate.id(),
                        due.versionNumber() + 1,
                        renewed,
                        sha256,
                        renewBefore,
                        RecordingClock.now(),
                        SYSTEM));
        em.flush();
        audit.eventBy(
                SYSTEM,
                "RENEW_ARCHIVE_TIMESTAMP",
                certificate,
                "version "
                        + (due.versionNumber() + 1)
                        + ", sha256 "
                        + sha256
                        + " (was "
                        + due.sha256()
                        + "; last timestamp's certificate expired "
                        + due.renewBefore()
                        + ", the new one "
                        + renewBefore
                        + ")");
    }
}
