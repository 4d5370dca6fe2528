package org.implantdhr.certificate.control;

import java.security.cert.X509CRL;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signs documents for the implant's lifetime. The PAdES signature (B-B, or B-T with a timestamp
 * authority) is followed by the validation data — the signer's chain and the CA's revocation list —
 * in the document security store (B-LT), and, with a timestamp authority, by a document timestamp
 * over the whole (B-LTA). {@link #renew} adds the validation data of the last timestamp and a new
 * document timestamp, before that timestamp's certificate expires. Without a revocation list (a CA
 * that publishes none) the signature stays B-B/B-T. The chain of an external timestamp authority
 * comes with its timestamps; its revocation lists are fetched from its distribution points and
 * embedded too ({@link AuthorityRevocationLists}). Thread-safe.
 */
public final class LongTermSigner {

    private final PadesSigner pades;
    private final SigningKeys keys;
    private final Supplier<List<X509CRL>> revocationLists;
    private final Optional<DocumentTimestamp> archiveTimestamps;
    private final Optional<AuthorityRevocationLists> authorityRevocation;

    public LongTermSigner(
            PadesSigner pades,
            SigningKeys keys,
            Supplier<List<X509CRL>> revocationLists,
            Optional<DocumentTimestamp> archiveTimestamps) {
        this(pades, keys, revocationLists, archiveTimestamps, Optional.empty());
    }

    /**
     * @param authorityRevocation the revocation lists of an external timestamp authority's chain,
     *     embedded with our own so that its timestamps stay verifiable offline
     */
    LongTermSigner(
            PadesSigner pades,
            SigningKeys keys,
            Supplier<List<X509CRL>> revocationLists,
            Optional<DocumentTimestamp> archiveTimestamps,
            Optional<AuthorityRevocationLists> authorityRevocation) {
        this.pades = pades;
        this.keys = keys;
        this.revocationLists = revocationLists;
        this.archiveTimestamps = archiveTimestamps;
        this.authorityRevocation = authorityRevocation;
    }

    /**
     * @throws PdfSigningException if the input is no readable PDF or the key cannot sign now
     * @throws TimestampException if a timestamp authority is configured but fails
     */
    public byte[] sign(byte[] pdf, SignatureDetails details) {
        byte[] signed = pades.sign(pdf, details);
        List<X509CRL> crls = revocationLists.get();
        if (crls.isEmpty()) {
            return signed;
        }
        byte[] longTerm = withValidationData(signed, crls);
        return archiveTimestamps.map(timestamps -> timestamps.stamp(longTerm)).orElse(longTerm);
    }

    /**
     * Whether {@link #renew} can add a document timestamp (a timestamp authority is configured).
     */
    public boolean renews() {
        return archiveTimestamps.isPresent();
    }

    /**
     * {@code pdf} with the validation data of everything in it (the last timestamp's authority
     * included) and a new document timestamp over the whole.
     *
     * @throws IllegalStateException if no timestamp authority is configured
     */
    public byte[] renew(byte[] pdf) {
        DocumentTimestamp timestamps =
                archiveTimestamps.orElseThrow(
                        () -> new IllegalStateException("no timestamp authority is configured"));
        byte[] withData = withValidationData(pdf, revocationLists.get());
        return timestamps.stamp(withData);
    }

    private byte[] withValidationData(byte[] pdf, List<X509CRL> crls) {
        return authorityRevocation
                .map(
                        authority ->
                                DocumentSecurityStore.withValidationData(
                                        pdf, keys.chain(), crls, authority::of))
                .orElseGet(() -> DocumentSecurityStore.withValidationData(pdf, keys.chain(), crls));
    }
}
