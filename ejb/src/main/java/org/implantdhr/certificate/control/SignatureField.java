package org.implantdhr.certificate.control;

import java.time.Instant;
import java.util.Optional;

/**
 * What the inspector reads from a signature field's dictionary before closing the document; a
 * document timestamp (SubFilter ETSI.RFC3161) holds a timestamp token instead of a signature.
 */
record SignatureField(
        String name,
        int[] byteRange,
        Optional<Instant> claimedSigningTime,
        boolean documentTimestamp) {}
