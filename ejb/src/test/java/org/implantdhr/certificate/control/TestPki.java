package org.implantdhr.certificate.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and certificates for tests: a CA with its signer, made fresh (RSA generation is the slow
 * part).
 */
final class TestPki {

    final X509Certificate ca;
    final SigningKeys signer;
    private final PrivateKey caKey;

    private TestPki(X509Certificate ca, SigningKeys signer, PrivateKey caKey) {
        this.ca = ca;
        this.signer = signer;
        this.caKey = caKey;
    }

    /** A timestamp unit certified by this CA, as the demo authority makes one. */
    SigningKeys timestampUnit() {
        DemoCertificates issuer = new DemoCertificates();
        KeyPair keys = issuer.newKeyPair();
        X509Certificate unit =
                issuer.timestampUnit(
                        DemoCertificates.name("CN=Test Timestamp Unit, O=Implant DHR tests"),
                        keys.getPublic(),
                        ca,
                        caKey,
                        Instant.now(),
                        Optional.of(URI.create("http://127.0.0.1:9/verify/ca.crl")));
        return new SigningKeys(keys.getPrivate(), List.of(unit, ca));
    }

    /** A fresh, empty revocation list of the CA, valid for a week. */
    X509CRL crl() {
        return new DemoCertificates().emptyCrl(ca, caKey, Instant.now(), Duration.ofDays(7));
    }

    static TestPki rsa(String organisation) {
        DemoCertificates issuer = new DemoCertificates();
        KeyPair caKeys = issuer.newKeyPair();
        KeyPair signerKeys = issuer.newKeyPair();
        return issued(organisation, issuer, caKeys, signerKeys);
    }

    static TestPki ecSigner(String organisation) throws GeneralSecurityException {
        DemoCertificates issuer = new DemoCertificates();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        return issued(organisation, issuer, issuer.newKeyPair(), ec.generateKeyPair());
    }

    private static TestPki issued(
            String organisation, DemoCertificates issuer, KeyPair caKeys, KeyPair signerKeys) {
        Instant now = Instant.now();
        X509Certificate ca =
                issuer.selfSignedCa(
                        DemoCertificates.name("CN=Test CA, O=" + organisation), caKeys, now);
        X509Certificate signer =
                issuer.documentSigner(
                        DemoCertificates.name("CN=Test Signer, O=" + organisation),
                        signerKeys.getPublic(),
                        ca,
                        caKeys.getPrivate(),
                        now,
                        Optional.of(URI.create("http://127.0.0.1:9/verify/ca.crl")));
        return new TestPki(
                ca,
                new SigningKeys(signerKeys.getPrivate(), List.of(signer, ca)),
                caKeys.getPrivate());
    }

    Path writePkcs12(Path file, char[] password, String alias)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                alias, signer.privateKey(), password, signer.chain().toArray(Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    /** A certificate made large by an opaque private extension, to bloat whatever carries it. */
    static X509Certificate bulkyCertificate(SigningKeys issuer, int extraBytes) throws Exception {
        X500Name name = DemoCertificates.name("CN=Bulky, O=Implant DHR tests");
        Instant now = Instant.now();
        var builder =
                new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(now.toEpochMilli() + 1),
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(Duration.ofDays(1))),
                                name,
                                issuer.signerCertificate().getPublicKey())
                        .addExtension(
                                new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.2.1"),
                                false,
                                new DEROctetString(new byte[extraBytes]));
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(
                                new JcaContentSignerBuilder("SHA256withRSA")
                                        .build(issuer.privateKey())));
    }

    /**
     * A self-signed timestamping certificate as RFC 3161 demands: extendedKeyUsage timeStamping,
     * critical.
     */
    static SigningKeys timestampAuthority() throws Exception {
        return timestampAuthority(Duration.ofDays(365));
    }

    /** As {@link #timestampAuthority()}, with a certificate that expires after {@code validity}. */
    static SigningKeys timestampAuthority(Duration validity) throws Exception {
        KeyPair keys = new DemoCertificates().newKeyPair();
        X500Name name = DemoCertificates.name("CN=Test TSA, O=Implant DHR tests");
        Instant now = Instant.now();
        var builder =
                new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.valueOf(now.toEpochMilli()),
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(validity)),
                                name,
                                keys.getPublic())
                        .addExtension(
                                Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                        .addExtension(
                                Extension.extendedKeyUsage,
                                true,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate certificate =
                new JcaX509CertificateConverter()
                        .getCertificate(
                                builder.build(
                                        new JcaContentSignerBuilder("SHA256withRSA")
                                                .build(keys.getPrivate())));
        return new SigningKeys(keys.getPrivate(), List.of(certificate));
    }
}
