package org.implantdhr.certificate.boundary;

import java.time.Instant;

/**
 * A certificate's new version after an archive timestamp renewal.
 *
 * @param sha256 the new version's SHA-256
 * @param previousSha256 the SHA-256 of the version renewed, which stays recognised
 * @param renewBefore when the certificate of the new document timestamp expires
 */
public record RenewedVersion(
        String serialNumber,
        String certificateNumber,
        int versionNumber,
        String sha256,
        String previousSha256,
        Instant renewBefore) {}
