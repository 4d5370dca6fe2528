package org.implantdhr.certificate.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The findings for one signature of a PDF.
 *
 * @param fieldName the signature field's fully qualified name
 * @param signerSubject the signer certificate's subject, if the certificate was found in the
 *     signature
 * @param intact the CMS signature verifies and the digest over the signed byte range matches
 * @param coversWholeFile the signed byte range ends at the end of the file, or what was appended
 *     later only adds validation data and document timestamps (PAdES B-LT, B-LTA)
 * @param chainsToTrustAnchor the signer certificate chains to the trust anchor and was valid at the
 *     signing time
 * @param timestamped a verifying RFC 3161 timestamp over the signature value is attached
 * @param signingTime from the timestamp if there is one, else the signer's own claim (/M)
 * @param signingTimeSource where {@code signingTime} comes from
 * @param problems what is wrong with this signature, in plain words
 */
public record SignatureReport(
        String fieldName,
        Optional<String> signerSubject,
        boolean intact,
        boolean coversWholeFile,
        boolean chainsToTrustAnchor,
        boolean timestamped,
        Optional<Instant> signingTime,
        SigningTimeSource signingTimeSource,
        List<String> problems) {

    public enum SigningTimeSource {
        /** Proven by a timestamp authority. */
        TIMESTAMP,
        /** Only claimed by the signer in the signature dictionary (/M). */
        SIGNER_CLAIM,
        NONE
    }

    public SignatureReport {
        problems = List.copyOf(problems);
    }
}
