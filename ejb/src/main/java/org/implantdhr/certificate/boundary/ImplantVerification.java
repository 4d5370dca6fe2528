package org.implantdhr.certificate.boundary;

import java.time.Instant;

/**
 * The public answer for one serial number: no patient data beyond the pseudonym.
 *
 * @param certificateSha256 SHA-256 of the certificate PDF as issued; null without a certificate
 * @param revokedReason null unless REVOKED
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
        String revokedReason) {

    static ImplantVerification unknown(String serialNumber) {
        return new ImplantVerification(
                serialNumber,
                CertificateVerdict.UNKNOWN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
