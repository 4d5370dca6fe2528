package org.implantdhr.certificate.boundary;

import java.time.Instant;

/**
 * The answer for one serial number. What anyone may know, without logging in: the status, and for a
 * serial that had a certificate the certificate's number, hash, date and the device's name, and for
 * a revoked one the {@link RevocationCategory}. The patient pseudonym and the revocation's reason
 * are given only to signed-in people (and the pseudonym to whoever holds the certificate file):
 * walking serial numbers must not list patients, and a reason may name a person or a finding. A
 * serial that was never released answers with its status alone.
 *
 * @param certificateSha256 SHA-256 of the certificate PDF as issued; null without a certificate
 * @param revocationCategory null unless REVOKED
 * @param revokedReason null unless REVOKED and the caller is signed in
 * @param checkedAt the moment of this answer
 */
public record ImplantVerification(
        String serialNumber,
        CertificateVerdict status,
        String certificateNumber,
        String certificateSha256,
        Instant issuedAt,
        String templateVersion,
        String deviceName,
        String patientPseudonym,
        Instant revokedAt,
        RevocationCategory revocationCategory,
        String revokedReason,
        Instant checkedAt) {

    /** The status alone: for an unknown serial, and for one never released. */
    static ImplantVerification statusOnly(
            String serialNumber, CertificateVerdict status, Instant checkedAt) {
        return new ImplantVerification(
                serialNumber,
                status,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                checkedAt);
    }

    /** What a caller who is not signed in may see of this answer. */
    ImplantVerification withoutPersonalDetails(boolean keepPseudonym) {
        if (status == CertificateVerdict.NOT_RELEASED || status == CertificateVerdict.UNKNOWN) {
            return statusOnly(serialNumber, status, checkedAt);
        }
        return new ImplantVerification(
                serialNumber,
                status,
                certificateNumber,
                certificateSha256,
                issuedAt,
                templateVersion,
                deviceName,
                keepPseudonym ? patientPseudonym : null,
                revokedAt,
                revocationCategory,
                null,
                checkedAt);
    }
}
