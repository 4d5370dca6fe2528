package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production path: the signing key lives in a PKCS#11 token and never leaves it. SoftHSM
 * (Debian's softhsm2, which .ci/run installs) stands in for the hardware module; the token is made
 * fresh for this test and deleted.
 */
class Pkcs11SigningTest {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final char[] PIN = "246810".toCharArray();
    private static final String LABEL =
            "implantdhr-test-" + UUID.randomUUID().toString().substring(0, 8);

    private static TestPki pki;
    private static Path config;

    @BeforeAll
    static void tokenWithTheSigningKey() throws Exception {
        assertThat(LIBRARY).as("softhsm2 must be installed (apt-get install softhsm2)").exists();
        String out =
                run(
                        "softhsm2-util",
                        "--init-token",
                        "--free",
                        "--label",
                        LABEL,
                        "--pin",
                        new String(PIN),
                        "--so-pin",
                        "13579135");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        assertThat(slot.find()).as(out).isTrue();
        config = Files.createTempFile("implantdhr-pkcs11", ".cfg");
        Files.writeString(
                config,
                "name = ImplantDhrTest\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n");

        pki = TestPki.rsa("Pkcs11");
        Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN);
        token.setKeyEntry(
                "signer",
                pki.signer.privateKey(),
                null,
                pki.signer.chain().toArray(Certificate[]::new));
        // a PKCS#11 login holds for the whole process: log out, so that the tests log in themselves
        ((java.security.AuthProvider) provider).logout();
    }

    @AfterAll
    static void deleteToken() throws Exception {
        run("softhsm2-util", "--delete-token", "--token", LABEL);
        Files.deleteIfExists(config);
    }

    @Test
    void aKeyInTheTokenSignsACertificateThatVerifies() {
        SigningKeys keys = SigningKeys.fromPkcs11(config, PIN, "signer");

        assertThat(keys.privateKey().getClass().getName())
                .as("a handle to the key in the token")
                .contains("P11");
        byte[] signed =
                new PadesSigner(keys, Clock.systemUTC())
                        .sign(
                                TestPdfs.bareOnePage(),
                                new SignatureDetails("HSM test", "Kiel", "RELEASE"));
        SignatureReport report = new SignedPdfInspector(pki.ca).inspect(signed).signatures().get(0);
        assertThat(report.intact()).isTrue();
        assertThat(report.coversWholeFile()).isTrue();
        assertThat(report.chainsToTrustAnchor()).isTrue();
    }

    @Test
    void aWrongPinOrAMissingConfigurationIsNamed() {
        assertThatThrownBy(() -> SigningKeys.fromPkcs11(config, "000000".toCharArray(), "signer"))
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessageContaining("PKCS#11 token");
        assertThatThrownBy(
                        () ->
                                SigningKeys.fromPkcs11(
                                        Path.of("/nonexistent/pkcs11.cfg"), PIN, "signer"))
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessageContaining("/nonexistent/pkcs11.cfg");
        assertThatThrownBy(() -> SigningKeys.fromPkcs11(config, PIN, "no-such-key"))
                .isInstanceOf(SigningKeysUnavailableException.class)
                .hasMessageContaining("no-such-key");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
