package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo CA publishes a revocation list that its signer names, issues it anew before it expires,
 * and a keystore made before CRLs is rolled over to a new CA with the earlier certificates kept.
 */
class DemoRevocationListTest {

    private static final URI CRL_URL = URI.create("https://dhr.example/verify/ca.crl");

    @TempDir Path work;

    @Test
    void theSignerNamesTheDistributionPointAndTheCaSignsTheList() throws Exception {
        DemoAuthority authority =
                DemoAuthority.openOrCreate(
                        work.resolve("demo.p12"), Optional.of(CRL_URL), Clock.systemUTC());

        X509CRL crl = authority.crl();

        crl.verify(authority.caCertificate().getPublicKey());
        assertThat(crl.getIssuerX500Principal())
                .isEqualTo(authority.caCertificate().getSubjectX500Principal());
        assertThat(crl.getNextUpdate().toInstant())
                .isAfter(crl.getThisUpdate().toInstant().plus(Duration.ofDays(6)));
        byte[] extension =
                authority
                        .signingKeys()
                        .signerCertificate()
                        .getExtensionValue(Extension.cRLDistributionPoints.getId());
        assertThat(
                        CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets())
                                .toString())
                .contains(CRL_URL.toString());
        assertThat(authority.timestampUnitKeys().signerCertificate().getExtendedKeyUsage())
                .containsExactly("1.3.6.1.5.5.7.3.8");
    }

    @Test
    void issuesTheListAnewOnceHalfItsValidityHasPassed() {
        Path keystore = work.resolve("demo.p12");
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        X509CRL first =
                DemoAuthority.openOrCreate(keystore, Optional.of(CRL_URL), fixed(start)).crl();
        DemoAuthority later =
                DemoAuthority.openOrCreate(
                        keystore, Optional.of(CRL_URL), fixed(start.plus(Duration.ofDays(4))));

        assertThat(later.crl().getThisUpdate()).isAfter(first.getThisUpdate());
        assertThat(later.crl().getNextUpdate().toInstant())
                .isAfter(first.getNextUpdate().toInstant());
    }

    @Test
    void aKeystoreWithoutCaKeyIsRolledOverAndItsCertificatesKept() throws Exception {
        Path keystore = work.resolve("demo.p12");
        TestPki earlier = TestPki.rsa("Earlier demo");
        char[] password = "earlier-password".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                DemoAuthority.SIGNER_ALIAS,
                earlier.signer.privateKey(),
                password,
                earlier.signer.chain().toArray(Certificate[]::new));
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password);
        }
        Files.writeString(DemoAuthority.passwordFileOf(keystore), new String(password));

        DemoAuthority rolled =
                DemoAuthority.openOrCreate(keystore, Optional.of(CRL_URL), Clock.systemUTC());

        assertThat(rolled.caCertificate()).isNotEqualTo(earlier.ca);
        assertThat(rolled.earlierCertificates()).contains(earlier.ca);
        assertThat(
                        DemoAuthority.openOrCreate(
                                        keystore, Optional.of(CRL_URL), Clock.systemUTC())
                                .earlierCertificates())
                .contains(earlier.ca);
        // what the earlier key signed stays verifiable with the kept certificates
        byte[] signedEarlier =
                new PadesSigner(earlier.signer, Clock.systemUTC())
                        .sign(TestPdfs.pdfA3b(), new SignatureDetails("QA", "Release", "Plant"));
        var anchors = new java.util.ArrayList<java.security.cert.X509Certificate>();
        anchors.add(rolled.caCertificate());
        anchors.addAll(rolled.earlierCertificates());
        assertThat(
                        new SignedPdfInspector(anchors)
                                .inspect(signedEarlier)
                                .signatures()
                                .get(0)
                                .chainsToTrustAnchor())
                .isTrue();
    }

    private static Clock fixed(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }
}
