package org.implantdhr.certificate.control;

import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the demo CA and its document-signing certificate. Keys and signatures come from the JDK's
 * own providers through Bouncy Castle's JCA builders; no provider is registered with the JVM.
 */
final class DemoCertificates {

    static final X500Name CA_SUBJECT =
            name(
                    "CN=Implant DHR Demo CA, OU=Demo installation - not for production, O=Implant DHR");
    static final X500Name TIMESTAMP_UNIT_SUBJECT =
            name(
                    "CN=Implant DHR Demo Timestamp Unit, OU=Demo installation - not for production, O=Implant DHR");
    static final X500Name SIGNER_SUBJECT =
            name(
                    "CN=Implant DHR Demo Signer, OU=Demo installation - not for production, O=Implant DHR");

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final int RSA_BITS = 3072;
    private static final Duration BACKDATING = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();

    /**
     * Parses an RFC 2253 name the way X.509 encodes it: most significant part (O) first, CN last.
     */
    static X500Name name(String rfc2253) {
        return X500Name.getInstance(new X500Principal(rfc2253).getEncoded());
    }

    KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is part of every Java runtime", e);
        }
    }

    X509Certificate selfSignedCa(X500Name subject, KeyPair keys, Instant now) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder =
                    builder(subject, subject, keys.getPublic(), now, Period.ofYears(20))
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                            .addExtension(
                                    Extension.keyUsage,
                                    true,
                                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                            .addExtension(
                                    Extension.subjectKeyIdentifier,
                                    false,
                                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return signed(builder, keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue the demo CA certificate", e);
        }
    }

    X509Certificate documentSigner(
            X500Name subject,
            PublicKey signerKey,
            X509Certificate ca,
            PrivateKey caKey,
            Instant now) {
        return documentSigner(subject, signerKey, ca, caKey, now, Optional.empty());
    }

    /**
     * A document signer whose certificate names {@code crlDistributionPoint}: validators find the
     * CA's revocation list there, and a long-term signature embeds it.
     */
    X509Certificate documentSigner(
            X500Name subject,
            PublicKey signerKey,
            X509Certificate ca,
            PrivateKey caKey,
            Instant now,
            Optional<URI> crlDistributionPoint) {
        return endEntity(
                subject,
                signerKey,
                ca,
                caKey,
                now,
                crlDistributionPoint,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
                Optional.empty());
    }

    /**
     * The certificate of the installation's own timestamp unit: extended key usage timeStamping,
     * critical, as RFC 3161 demands.
     */
    X509Certificate timestampUnit(
            X500Name subject,
            PublicKey unitKey,
            X509Certificate ca,
            PrivateKey caKey,
            Instant now,
            Optional<URI> crlDistributionPoint) {
        return endEntity(
                subject,
                unitKey,
                ca,
                caKey,
                now,
                crlDistributionPoint,
                new KeyUsage(KeyUsage.digitalSignature),
                Optional.of(new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)));
    }

    private X509Certificate endEntity(
            X500Name subject,
            PublicKey signerKey,
            X509Certificate ca,
            PrivateKey caKey,
            Instant now,
            Optional<URI> crlDistributionPoint,
            KeyUsage usage,
            Optional<ExtendedKeyUsage> extendedUsage) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder =
                    builder(issuer, subject, signerKey, now, Period.ofYears(5))
                            .addExtension(
                                    Extension.basicConstraints, true, new BasicConstraints(false))
                            .addExtension(Extension.keyUsage, true, usage)
                            .addExtension(
                                    Extension.subjectKeyIdentifier,
                                    false,
                                    extensions.createSubjectKeyIdentifier(signerKey))
                            .addExtension(
                                    Extension.authorityKeyIdentifier,
                                    false,
                                    extensions.createAuthorityKeyIdentifier(ca));
            if (extendedUsage.isPresent()) {
                builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage.get());
            }
            if (crlDistributionPoint.isPresent()) {
                GeneralNames where =
                        new GeneralNames(
                                new GeneralName(
                                        GeneralName.uniformResourceIdentifier,
                                        crlDistributionPoint.get().toString()));
                builder.addExtension(
                        Extension.cRLDistributionPoints,
                        false,
                        new CRLDistPoint(
                                new DistributionPoint[] {
                                    new DistributionPoint(
                                            new DistributionPointName(where), null, null)
                                }));
            }
            return signed(builder, caKey);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue the demo signer certificate", e);
        }
    }

    /**
     * A CRL of {@code ca} listing no certificate, valid from now for {@code validity}; its number
     * grows with the time of issue, so that a later list always supersedes an earlier one, also
     * after a restart.
     */
    X509CRL emptyCrl(X509Certificate ca, PrivateKey caKey, Instant now, Duration validity) {
        try {
            X509v2CRLBuilder builder =
                    new X509v2CRLBuilder(
                            X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                            Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(validity)));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            builder.addExtension(
                    Extension.cRLNumber,
                    false,
                    new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            return new JcaX509CRLConverter()
                    .getCRL(
                            builder.build(
                                    new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(caKey)));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue the demo CA's revocation list", e);
        }
    }

    private X509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, PublicKey key, Instant now, Period validity) {
        Instant notBefore = now.minus(BACKDATING);
        Instant notAfter = now.atOffset(ZoneOffset.UTC).plus(validity).toInstant();
        return new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(127, random),
                Date.from(notBefore),
                Date.from(notAfter),
                subject,
                key);
    }

    private static X509Certificate signed(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(
                                    new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                                            .build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign the certificate", e);
        }
    }
}
