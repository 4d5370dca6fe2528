package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    private static final String PASSWORD = "correct-horse-battery-staple";

    private static TestPki pki;

    @TempDir Path work;

    @BeforeAll
    static void createKeys() {
        pki = TestPki.rsa("Keystore tests");
    }

    @Test
    void loadsKeyAndChainFromPkcs12() throws Exception {
        Path keystore =
                pki.writePkcs12(
                        work.resolve("signer.p12"), PASSWORD.toCharArray(), "release-signer");

        SigningKeys keys =
                SigningKeys.fromPkcs12(keystore, PASSWORD.toCharArray(), "release-signer");

        assertThat(keys.chain()).containsExactly(pki.signer.signerCertificate(), pki.ca);
        assertThat(keys.privateKey().getEncoded()).isEqualTo(pki.signer.privateKey().getEncoded());
        assertThat(keys.signatureAlgorithm()).isEqualTo("SHA256withRSA");
    }

    @Test
    void wrongPasswordFailsClearlyWithoutRevealingAnyPassword() throws Exception {
        Path keystore =
                pki.writePkcs12(
                        work.resolve("signer.p12"), PASSWORD.toCharArray(), "release-signer");
        String attempted = "guessed-password-123";

        assertThatThrownBy(
                        () ->
                                SigningKeys.fromPkcs12(
                                        keystore, attempted.toCharArray(), "release-signer"))
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessageContaining("wrong password")
                .satisfies(e -> assertThat(fullText(e)).doesNotContain(attempted, PASSWORD));
    }

    @Test
    void unknownAliasIsNamedInTheError() throws Exception {
        Path keystore =
                pki.writePkcs12(
                        work.resolve("signer.p12"), PASSWORD.toCharArray(), "release-signer");

        assertThatThrownBy(
                        () ->
                                SigningKeys.fromPkcs12(
                                        keystore, PASSWORD.toCharArray(), "someone-else"))
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessageContaining("'someone-else'");
    }

    @Test
    void describesItselfByTheSignerOnly() {
        assertThat(pki.signer.toString()).isEqualTo("SigningKeys[CN=Test Signer,O=Keystore tests]");
    }

    static String fullText(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable e = error; e != null; e = e.getCause()) {
            text.append(e).append('\n');
        }
        return text.toString();
    }
}
