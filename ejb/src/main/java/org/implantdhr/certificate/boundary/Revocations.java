package org.implantdhr.certificate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import org.implantdhr.certificate.control.CertificateRevocation;
import org.implantdhr.certificate.entity.CertificateStatus;
import org.implantdhr.certificate.entity.ReleaseCertificate;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.ElectronicSignatures;
import org.implantdhr.identity.entity.ElectronicSignature;
import org.implantdhr.identity.entity.SignatureMeaning;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.control.CanonicalJson;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.IsoTime;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * A QA manager withdraws the certificate in force of one implant, with a reason and an e-signature
 * meaning REVOCATION bound to the certificate's hash and the reason. The public verification
 * answers REVOKED from the moment the transaction commits. (A recall revokes many at once:
 * org.implantdhr.recall.)
 */
@Stateless
@RolesAllowed("QA_MANAGER")
public class Revocations {

    static final String SUBJECT_TYPE = "ReleaseCertificate";

    @PersistenceContext EntityManager em;

    @Inject CurrentUser currentUser;
    @Inject ElectronicSignatures signatures;
    @Inject CertificateRevocation revocation;

    /**
     * 404 for an unknown serial or an implant without a certificate, 409 when its latest
     * certificate is not in force (already revoked, or superseded), 422 without a reason or with a
     * wrong password.
     */
    public RevokedCertificate revoke(
            String serialNumber, String reason, char[] password, String zoneId) {
        String why = CertificateRevocation.reason(reason);
        Implant implant =
                em.createNamedQuery(Implant.BY_SERIAL, Implant.class)
                        .setParameter("serial", serialNumber)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new NoSuchRecordException("Implant", serialNumber));
        // a release or recall of the same implant at the same moment fails on the version instead
        // of interleaving
        em.lock(implant, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<ReleaseCertificate> certificates =
                em.createNamedQuery(ReleaseCertificate.OF_SERIAL, ReleaseCertificate.class)
                        .setParameter("serial", serialNumber)
                        .getResultList();
        ReleaseCertificate latest =
                certificates.stream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new NoSuchRecordException(
                                                "Certificate of implant", serialNumber));
        if (latest.status() == CertificateStatus.REVOKED) {
            throw new ConflictingRecordException(
                    "Certificate "
                            + latest.certificateNumber()
                            + " was already revoked "
                            + IsoTime.of(latest.revokedAt())
                            + " by "
                            + latest.revokedBy()
                            + ": "
                            + latest.revokedReason());
        }
        if (latest.status() != CertificateStatus.ISSUED) {
            throw new ConflictingRecordException(
                    "Certificate "
                            + latest.certificateNumber()
                            + " is "
                            + latest.status()
                            + ": no certificate of "
                            + serialNumber
                            + " is in force");
        }
        ElectronicSignature signature =
                signatures.sign(
                        password,
                        SignatureMeaning.REVOCATION,
                        zoneId,
                        SUBJECT_TYPE,
                        latest.id(),
                        signedContentSha256(latest, why, currentUser.username()));
        revocation.revoke(latest, why, signature, null);
        revocation.takeOutOfUse(
                implant, "certificate " + latest.certificateNumber() + " revoked: " + why);
        em.flush();
        return of(latest, signature.manifestation());
    }

    /**
     * What the revocation signature is bound to: this certificate (by its hash), the reason and who
     * revokes.
     */
    private static String signedContentSha256(
            ReleaseCertificate certificate, String reason, String by) {
        var content = new LinkedHashMap<String, Object>();
        content.put("action", "REVOKE_CERTIFICATE");
        content.put("certificateNumber", certificate.certificateNumber());
        content.put("certificateSha256", certificate.sha256());
        content.put("serialNumber", certificate.serialNumber());
        content.put("reason", reason);
        content.put("revokedBy", by);
        return CertificateRevocation.sha256(CanonicalJson.of(content));
    }

    static RevokedCertificate of(ReleaseCertificate c, String manifestation) {
        return new RevokedCertificate(
                c.serialNumber(),
                c.certificateNumber(),
                c.sha256(),
                c.status(),
                c.revokedAt(),
                c.revokedBy(),
                c.revokedReason(),
                manifestation,
                c.recallId());
    }
}
