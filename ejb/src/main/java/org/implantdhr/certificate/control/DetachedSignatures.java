package org.implantdhr.certificate.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detached CMS (PKCS#7) signatures over any bytes with the installation's signing key — the same
 * key, signed attributes and timestamp authority as the certificates' PAdES signatures — and their
 * check: the signature verifies over the bytes, and its signer chains to the installation's trust
 * anchor. Used for what is not a PDF, such as the audit chain's checkpoints.
 */
public final class DetachedSignatures {

    private final CadesSigner signer;
    private final SignerCertificateCheck trust;

    DetachedSignatures(CadesSigner signer, SignerCertificateCheck trust) {
        this.signer = signer;
        this.trust = trust;
    }

    /** The DER-encoded CMS SignedData over {@code content}, which it does not contain. */
    public byte[] sign(byte[] content) {
        return signer.sign(content);
    }

    /**
     * What is wrong with {@code signature} as this installation's signature over {@code content},
     * made at {@code signedAt}; empty when nothing is.
     */
    public List<String> problems(byte[] content, byte[] signature, Instant signedAt) {
        var problems = new ArrayList<String>();
        Optional<CmsSignature> cms = CmsSignature.parse(signature, content);
        if (cms.isEmpty()) {
            problems.add("the signature is not a CMS signature with one signer");
            return problems;
        }
        var certificate = cms.get().signerCertificate();
        if (certificate.isEmpty()) {
            problems.add("the signature does not include its signer's certificate");
            return problems;
        }
        if (cms.get().verifies(certificate.get(), problems)) {
            trust.trustedAt(certificate.get(), cms.get().certificates(), signedAt, problems);
        }
        return problems;
    }
}
