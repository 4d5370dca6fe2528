package org.implantdhr.certificate.boundary;

import java.time.Instant;
import org.implantdhr.certificate.entity.CertificateStatus;

/**
 * A certificate as it stands after its revocation.
 *
 * @param signature the e-signature manifestation: printed name, local date and time with zone,
 *     meaning
 * @param recallId the recall that revoked it; null when it was revoked alone
 */
public record RevokedCertificate(
        String serialNumber,
        String certificateNumber,
        String sha256,
        CertificateStatus status,
        Instant revokedAt,
        String revokedBy,
        String reason,
        String signature,
        Long recallId) {}
