package org.implantdhr.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * The certificate authority of a demo installation. On first use it creates a demo CA and a
 * document-signing certificate issued by it, and stores the signer key with both certificates in a
 * PKCS#12 file protected by a generated random password kept beside it ({@code <file>.password});
 * both files are readable by the owner only. Later starts load the same key. The CA private key is
 * discarded once the signer is issued, so no further certificate can ever be issued from it.
 *
 * <p>Nothing of this belongs in the repository: the files live where the configuration points
 * (outside the application), and production uses a real key through {@link
 * SigningKeys#fromKeyStore}. Demo mode means one server: several servers would each create their
 * own CA unless they share the file.
 */
public final class DemoAuthority {

    static final String SIGNER_ALIAS = "demo-signer";
    private static final Logger LOG = System.getLogger(DemoAuthority.class.getName());
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final SigningKeys signingKeys;

    private DemoAuthority(SigningKeys signingKeys) {
        this.signingKeys = signingKeys;
    }

    /**
     * Loads the demo keystore at {@code keystoreFile}, creating it (and its password file) if
     * absent.
     *
     * @throws SigningKeysUnavailableException if an existing keystore cannot be read or a new one
     *     written
     */
    public static DemoAuthority openOrCreate(Path keystoreFile, Clock clock) {
        Path passwordFile = passwordFileOf(keystoreFile);
        if (Files.exists(keystoreFile)) {
            return new DemoAuthority(
                    SigningKeys.fromPkcs12(keystoreFile, readPassword(passwordFile), SIGNER_ALIAS));
        }
        return new DemoAuthority(create(keystoreFile, passwordFile, clock));
    }

    static Path passwordFileOf(Path keystoreFile) {
        return keystoreFile.resolveSibling(keystoreFile.getFileName() + ".password");
    }

    public SigningKeys signingKeys() {
        return signingKeys;
    }

    /**
     * The demo CA certificate: the trust anchor for verifying certificates issued by this
     * installation.
     */
    public X509Certificate caCertificate() {
        List<X509Certificate> chain = signingKeys.chain();
        return chain.get(chain.size() - 1);
    }

    public byte[] caCertificateDer() {
        try {
            return caCertificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A loaded certificate can always be encoded", e);
        }
    }

    public String caCertificatePem() {
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN CERTIFICATE-----\n"
                + base64.encodeToString(caCertificateDer())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static SigningKeys create(Path keystoreFile, Path passwordFile, Clock clock) {
        SigningKeys keys = issueSignerAndCa(clock);
        char[] password = randomPassword();
        try {
            Files.createDirectories(keystoreFile.toAbsolutePath().getParent());
            writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.US_ASCII));
            writeOwnerOnly(keystoreFile, pkcs12(keys, password));
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot write the demo keystore " + keystoreFile, e);
        }
        LOG.log(Level.INFO, "Created demo signing CA and signer certificate in {0}", keystoreFile);
        return keys;
    }

    private static SigningKeys issueSignerAndCa(Clock clock) {
        DemoCertificates issuer = new DemoCertificates();
        KeyPair caKeys = issuer.newKeyPair();
        KeyPair signerKeys = issuer.newKeyPair();
        X509Certificate ca =
                issuer.selfSignedCa(DemoCertificates.CA_SUBJECT, caKeys, clock.instant());
        X509Certificate signer =
                issuer.documentSigner(
                        DemoCertificates.SIGNER_SUBJECT,
                        signerKeys.getPublic(),
                        ca,
                        caKeys.getPrivate(),
                        clock.instant());
        return new SigningKeys(signerKeys.getPrivate(), List.of(signer, ca));
    }

    private static char[] randomPassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
    }

    private static byte[] pkcs12(SigningKeys keys, char[] password)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                SIGNER_ALIAS,
                keys.privateKey(),
                password,
                keys.chain().toArray(Certificate[]::new));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        return bytes.toByteArray();
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
    }

    private static char[] readPassword(Path passwordFile) {
        try {
            return Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot read the demo keystore password file " + passwordFile, e);
        }
    }
}
