package org.implantdhr.certificate.control;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Judges the signer certificate at the signing time: valid then, meant for signing, and issued
 * (directly or through the certificates included in the signature) under the trust anchor.
 * Revocation is not checked here: the CA's list travels in the document (B-LT) for independent
 * validators, and a revoked release certificate is a status of ours, not of the signer key.
 */
final class SignerCertificateCheck {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final List<X509Certificate> trustAnchors;

    SignerCertificateCheck(X509Certificate trustAnchor) {
        this(List.of(trustAnchor));
    }

    /** Any of {@code trustAnchors}: the current CA and those of earlier signing keys. */
    SignerCertificateCheck(List<X509Certificate> trustAnchors) {
        this.trustAnchors = List.copyOf(trustAnchors);
    }

    boolean trustedAt(
            X509Certificate signer,
            List<X509Certificate> included,
            Instant signingTime,
            List<String> problems) {
        return validAt(signer, signingTime, problems)
                && meantForSigning(signer, problems)
                && chainsToTrustAnchor(signer, included, signingTime, problems);
    }

    private static boolean validAt(
            X509Certificate signer, Instant signingTime, List<String> problems) {
        try {
            signer.checkValidity(Date.from(signingTime));
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            problems.add(
                    "the signer certificate was not valid at the signing time "
                            + signingTime
                            + " (valid from "
                            + signer.getNotBefore().toInstant()
                            + " to "
                            + signer.getNotAfter().toInstant()
                            + ")");
            return false;
        }
    }

    private static boolean meantForSigning(X509Certificate signer, List<String> problems) {
        boolean[] usage = signer.getKeyUsage();
        if (usage == null || usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION]) {
            return true;
        }
        problems.add("the signer certificate is not meant for signatures (key usage)");
        return false;
    }

    private boolean chainsToTrustAnchor(
            X509Certificate signer,
            List<X509Certificate> included,
            Instant signingTime,
            List<String> problems) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters =
                    new PKIXBuilderParameters(
                            trustAnchors.stream()
                                    .map(anchor -> new TrustAnchor(anchor, null))
                                    .collect(java.util.stream.Collectors.toSet()),
                            target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(signingTime));
            parameters.addCertStore(
                    CertStore.getInstance(
                            "Collection", new CollectionCertStoreParameters(included)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            problems.add(
                    "the signer certificate '"
                            + signer.getSubjectX500Principal().getName()
                            + "' was not issued under the trusted certificate '"
                            + trustAnchors.get(0).getSubjectX500Principal().getName()
                            + "'");
            return false;
        }
    }
}
