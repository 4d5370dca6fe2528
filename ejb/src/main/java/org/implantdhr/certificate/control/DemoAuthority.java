package org.implantdhr.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The certificate authority of a demo installation. On first use it creates a demo CA and a
 * document-signing certificate issued by it, and stores the signer key with both certificates in a
 * PKCS#12 file protected by a generated random password kept beside it ({@code <file>.password});
 * both files are readable by the owner only. Later starts load the same key. The CA key is kept in
 * the same file for one purpose only: to issue the CA's certificate revocation list, which the
 * signer certificate names as its CRL distribution point and which long-term signatures embed. The
 * list is valid for {@link #CRL_VALIDITY} and issued anew once half of that has passed. A third
 * key, certified by the CA for timestamping, is the installation's own timestamp unit: it gives
 * signatures their signature timestamp (B-T, and with the embedded validation data B-LT) when no
 * external timestamp authority is configured.
 *
 * <p>A keystore made before CRLs existed (no CA key, no distribution point) is set aside as {@code
 * <file>.earlier-<millis>} and a new CA and signer are made; documents signed with the earlier key
 * stay verifiable because the earlier certificates are kept (see {@link #earlierCertificates}).
 *
 * <p>Nothing of this belongs in the repository: the files live where the configuration points
 * (outside the application), and production uses a real key through {@link
 * SigningKeys#fromKeyStore}. Demo mode means one server: several servers would each create their
 * own CA unless they share the file.
 */
public final class DemoAuthority {

    static final String SIGNER_ALIAS = "demo-signer";
    static final String CA_ALIAS = "demo-ca";
    static final String TIMESTAMP_UNIT_ALIAS = "demo-timestamp-unit";
    static final Duration CRL_VALIDITY = Duration.ofDays(7);
    private static final Logger LOG = System.getLogger(DemoAuthority.class.getName());
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final SigningKeys signingKeys;
    private final SigningKeys timestampUnit;
    private final PrivateKey caKey;
    private final Clock clock;
    private final List<X509Certificate> earlierCertificates;
    private X509CRL crl;

    private DemoAuthority(
            SigningKeys signingKeys,
            SigningKeys timestampUnit,
            PrivateKey caKey,
            Clock clock,
            List<X509Certificate> earlierCertificates) {
        this.signingKeys = signingKeys;
        this.timestampUnit = timestampUnit;
        this.caKey = caKey;
        this.clock = clock;
        this.earlierCertificates = List.copyOf(earlierCertificates);
    }

    /**
     * Loads the demo keystore at {@code keystoreFile}, creating it (and its password file) if
     * absent.
     *
     * @throws SigningKeysUnavailableException if an existing keystore cannot be read or a new one
     *     written
     */
    public static DemoAuthority openOrCreate(Path keystoreFile, Clock clock) {
        return openOrCreate(keystoreFile, Optional.empty(), clock);
    }

    /**
     * As {@link #openOrCreate(Path, Clock)}, with a signer certificate that names {@code
     * crlDistributionPoint} (where this installation serves {@link #crl()}).
     */
    public static DemoAuthority openOrCreate(
            Path keystoreFile, Optional<URI> crlDistributionPoint, Clock clock) {
        Path passwordFile = passwordFileOf(keystoreFile);
        List<X509Certificate> earlier = new ArrayList<>();
        if (Files.exists(keystoreFile)) {
            char[] password = readPassword(passwordFile);
            SigningKeys keys = SigningKeys.fromPkcs12(keystoreFile, password, SIGNER_ALIAS);
            Optional<PrivateKey> caKey = key(keystoreFile, password, CA_ALIAS);
            if (caKey.isPresent()
                    && key(keystoreFile, password, TIMESTAMP_UNIT_ALIAS).isPresent()) {
                return new DemoAuthority(
                        keys,
                        SigningKeys.fromPkcs12(keystoreFile, password, TIMESTAMP_UNIT_ALIAS),
                        caKey.get(),
                        clock,
                        earlierOf(keystoreFile));
            }
            setAside(keystoreFile, passwordFile, keys, clock);
        }
        earlier.addAll(earlierOf(keystoreFile));
        Created created = create(keystoreFile, passwordFile, crlDistributionPoint, clock);
        return new DemoAuthority(
                created.keys(), created.timestampUnit(), created.caKey(), clock, earlier);
    }

    static Path passwordFileOf(Path keystoreFile) {
        return keystoreFile.resolveSibling(keystoreFile.getFileName() + ".password");
    }

    public SigningKeys signingKeys() {
        return signingKeys;
    }

    /** The key and certificate chain of the installation's own timestamp unit. */
    public SigningKeys timestampUnitKeys() {
        return timestampUnit;
    }

    /** The certificates of signers (and their CAs) this installation signed with before. */
    public List<X509Certificate> earlierCertificates() {
        return earlierCertificates;
    }

    /** The CA's current revocation list: issued anew once half of its validity has passed. */
    public synchronized X509CRL crl() {
        Instant now = clock.instant();
        if (crl == null
                || now.isAfter(crl.getThisUpdate().toInstant().plus(CRL_VALIDITY.dividedBy(2)))) {
            crl = new DemoCertificates().emptyCrl(caCertificate(), caKey, now, CRL_VALIDITY);
        }
        return crl;
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

    private record Created(SigningKeys keys, SigningKeys timestampUnit, PrivateKey caKey) {}

    private static Created create(
            Path keystoreFile, Path passwordFile, Optional<URI> crlDistributionPoint, Clock clock) {
        Created created = issueSignerAndCa(crlDistributionPoint, clock);
        char[] password = randomPassword();
        try {
            Files.createDirectories(keystoreFile.toAbsolutePath().getParent());
            writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.US_ASCII));
            writeOwnerOnly(keystoreFile, pkcs12(created, password));
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot write the demo keystore " + keystoreFile, e);
        }
        LOG.log(Level.INFO, "Created demo signing CA and signer certificate in {0}", keystoreFile);
        return created;
    }

    private static Created issueSignerAndCa(Optional<URI> crlDistributionPoint, Clock clock) {
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
                        clock.instant(),
                        crlDistributionPoint);
        KeyPair unitKeys = issuer.newKeyPair();
        X509Certificate unit =
                issuer.timestampUnit(
                        DemoCertificates.TIMESTAMP_UNIT_SUBJECT,
                        unitKeys.getPublic(),
                        ca,
                        caKeys.getPrivate(),
                        clock.instant(),
                        crlDistributionPoint);
        return new Created(
                new SigningKeys(signerKeys.getPrivate(), List.of(signer, ca)),
                new SigningKeys(unitKeys.getPrivate(), List.of(unit, ca)),
                caKeys.getPrivate());
    }

    private static Optional<PrivateKey> key(Path keystoreFile, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystoreFile)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store.getKey(alias, password) instanceof PrivateKey key
                    ? Optional.of(key)
                    : Optional.empty();
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot read the demo keystore " + keystoreFile, e);
        }
    }

    /**
     * Moves a keystore without CA key aside and keeps its certificates beside the new one, so that
     * what it signed stays verifiable.
     */
    private static void setAside(
            Path keystoreFile, Path passwordFile, SigningKeys earlier, Clock clock) {
        String suffix = ".earlier-" + clock.millis();
        try {
            Path certificates = earlierCertificatesFileOf(keystoreFile);
            StringBuilder pem =
                    new StringBuilder(
                            Files.exists(certificates) ? Files.readString(certificates) : "");
            for (X509Certificate certificate : earlier.chain()) {
                pem.append(Pem.certificate(certificate));
            }
            writeOwnerOnly(certificates, pem.toString().getBytes(StandardCharsets.US_ASCII));
            Files.move(
                    keystoreFile, keystoreFile.resolveSibling(keystoreFile.getFileName() + suffix));
            Files.move(
                    passwordFile, passwordFile.resolveSibling(passwordFile.getFileName() + suffix));
        } catch (IOException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot set the earlier demo keystore " + keystoreFile + " aside", e);
        }
        LOG.log(
                Level.INFO,
                "The demo keystore {0} has no CA key for revocation lists: set aside, a new CA is made",
                keystoreFile);
    }

    static Path earlierCertificatesFileOf(Path keystoreFile) {
        return keystoreFile.resolveSibling(keystoreFile.getFileName() + ".earlier.pem");
    }

    private static List<X509Certificate> earlierOf(Path keystoreFile) {
        Path certificates = earlierCertificatesFileOf(keystoreFile);
        if (!Files.exists(certificates)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(certificates)) {
            return Pem.certificates(in);
        } catch (IOException e) {
            throw new SigningKeysUnavailableException("Cannot read " + certificates, e);
        }
    }

    private static char[] randomPassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
    }

    private static byte[] pkcs12(Created created, char[] password)
            throws GeneralSecurityException, IOException {
        SigningKeys keys = created.keys();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                SIGNER_ALIAS,
                keys.privateKey(),
                password,
                keys.chain().toArray(Certificate[]::new));
        X509Certificate ca = keys.chain().get(keys.chain().size() - 1);
        store.setKeyEntry(CA_ALIAS, created.caKey(), password, new Certificate[] {ca});
        store.setKeyEntry(
                TIMESTAMP_UNIT_ALIAS,
                created.timestampUnit().privateKey(),
                password,
                created.timestampUnit().chain().toArray(Certificate[]::new));
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
