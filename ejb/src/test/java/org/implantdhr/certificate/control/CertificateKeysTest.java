package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateKeysTest {

    private static final String PASSWORD = "keystore-password-for-tests";
    private static TestPki pki;

    @TempDir Path work;

    @BeforeAll
    static void createKeys() {
        pki = TestPki.rsa("Certificate keys tests");
    }

    private static CertificateKeys keys(boolean demo, Path keystore, String alias, String tsa) {
        var keys = new CertificateKeys();
        keys.demo = demo;
        keys.keystore = Optional.ofNullable(keystore).map(Path::toString);
        keys.password = Optional.of(PASSWORD);
        keys.alias = Optional.ofNullable(alias);
        keys.pkcs11Config = Optional.empty();
        keys.timestampAuthority = Optional.ofNullable(tsa);
        keys.crlFile = Optional.empty();
        keys.earlierCertificates = Optional.empty();
        keys.publicBaseUrl = "http://localhost:9080";
        return keys;
    }

    @Test
    void withoutDemoModeAKeystoreMustBeConfigured() {
        assertThatThrownBy(() -> keys(false, null, "release-signer", null).signer())
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessage("implantdhr.signing.keystore is not configured");
    }

    @Test
    void aMissingAliasIsNamedInTheError() throws Exception {
        Path keystore =
                pki.writePkcs12(
                        work.resolve("signer.p12"), PASSWORD.toCharArray(), "release-signer");

        assertThatThrownBy(() -> keys(false, keystore, null, null).signer())
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessage("implantdhr.signing.alias is not configured");
    }

    @Test
    void anAliasTheKeystoreDoesNotHoldIsNamedInTheError() throws Exception {
        Path keystore =
                pki.writePkcs12(
                        work.resolve("signer.p12"), PASSWORD.toCharArray(), "release-signer");

        assertThatThrownBy(() -> keys(false, keystore, "someone-else", null).inspector())
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessageContaining("'someone-else'");
    }

    @Test
    void aConfiguredKeystoreSignsAndItsChainEndsAtTheTrustAnchor() throws Exception {
        Path keystore =
                pki.writePkcs12(
                        work.resolve("signer.p12"), PASSWORD.toCharArray(), "release-signer");
        CertificateKeys keys = keys(false, keystore, "release-signer", " ");

        assertThat(parse(keys.trustAnchorPem())).isEqualTo(pki.ca);
        // a blank timestamp authority is none: signatures stay B-B
        assertThat(keys.timestamped()).isFalse();
        assertThat(keys.signer()).isSameAs(keys.signer());
        assertThat(
                        keys.signer()
                                .sign(
                                        TestPdfs.bareOnePage(),
                                        new SignatureDetails("Test", "unit test", "Kiel")))
                .isNotEmpty();
    }

    @Test
    void aTimestampAuthorityMakesSignaturesTimestamped() throws Exception {
        Path keystore =
                pki.writePkcs12(
                        work.resolve("signer.p12"), PASSWORD.toCharArray(), "release-signer");

        assertThat(keys(false, keystore, "release-signer", "http://127.0.0.1:9/tsa").timestamped())
                .isTrue();
    }

    @Test
    void demoModeCreatesItsOwnAuthorityOnceAtTheConfiguredPlace() throws Exception {
        Path keystore = work.resolve("demo/implantdhr-demo-signer.p12");
        CertificateKeys first = keys(true, keystore, null, null);
        String anchor = first.trustAnchorPem();

        assertThat(keystore).exists();
        assertThat(anchor)
                .startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("-----END CERTIFICATE-----\n");
        assertThat(keys(true, keystore, null, null).trustAnchorPem()).isEqualTo(anchor);
        assertThat(parse(anchor).getBasicConstraints()).isGreaterThanOrEqualTo(0);
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(pem.getBytes()));
    }
}
