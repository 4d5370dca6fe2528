package org.implantdhr.certificate.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * The private key that signs certificates and the certificate chain that goes with it (signer
 * first).
 *
 * <p>Development and demo installations load the key from a PKCS#12 file ({@link #fromPkcs12}). In
 * production the key stays in an HSM reached through PKCS#11: configure the JDK's SunPKCS11
 * provider with a file such as
 *
 * <pre>
 * name = ImplantDhrHsm
 * library = /usr/lib/softhsm/libsofthsm2.so
 * slot = 0
 * </pre>
 *
 * and name it in {@code implantdhr.signing.pkcs11-config} ({@link #fromPkcs11}). JCA's delayed
 * provider selection then routes the signature operation to the token, so the key never leaves it.
 *
 * <p>{@link #toString()} names the signer only; passwords are never kept.
 */
public final class SigningKeys {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public SigningKeys(PrivateKey privateKey, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(
                    "the certificate chain must contain the signer certificate");
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    /**
     * Loads the key entry {@code alias} from a PKCS#12 file whose store and key share one password.
     *
     * @throws SigningKeysUnavailableException if the file cannot be read, the password is wrong or
     *     the alias names no private key with certificates
     */
    public static SigningKeys fromPkcs12(Path keystoreFile, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystoreFile)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return fromKeyStore(store, alias, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot open the PKCS#12 keystore "
                            + keystoreFile
                            + " (wrong password, damaged or unreadable file)",
                    e);
        }
    }

    /**
     * Loads the key entry {@code alias} from a PKCS#11 token (an HSM) described by a SunPKCS11
     * configuration file; {@code pin} is the token's user PIN. The key never leaves the token:
     * signing is done by it.
     *
     * @throws SigningKeysUnavailableException if the configuration, the library or the token cannot
     *     be used, the PIN is wrong or the alias names no private key with certificates
     */
    public static SigningKeys fromPkcs11(Path configFile, char[] pin, String alias) {
        if (!Files.isReadable(configFile)) {
            throw new SigningKeysUnavailableException(
                    "Cannot read the PKCS#11 configuration " + configFile);
        }
        try {
            java.security.Provider configured =
                    java.security.Security.getProvider("SunPKCS11")
                            .configure(configFile.toString());
            // the key handle belongs to one provider instance, and signing finds a provider only
            // among the
            // installed ones: install this token's provider once, and reuse it when the keys are
            // loaded again
            java.security.Provider installed =
                    java.security.Security.getProvider(configured.getName());
            java.security.Provider provider = installed != null ? installed : configured;
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            if (installed == null) {
                java.security.Security.addProvider(provider);
            }
            return fromKeyStore(store, alias, null);
        } catch (IOException
                | GeneralSecurityException
                | java.security.ProviderException
                | IllegalArgumentException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot open the PKCS#11 token configured in "
                            + configFile
                            + " (library, slot or PIN)",
                    e);
        }
    }

    /**
     * Takes the key entry {@code alias} from an already loaded store (PKCS#12, PKCS#11, …).
     *
     * @throws SigningKeysUnavailableException if the alias names no private key with X.509
     *     certificates
     */
    public static SigningKeys fromKeyStore(KeyStore store, String alias, char[] keyPassword) {
        try {
            Key key = store.getKey(alias, keyPassword);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SigningKeysUnavailableException(
                        "The keystore holds no private key under alias '" + alias + "'");
            }
            return new SigningKeys(privateKey, x509Chain(store.getCertificateChain(alias), alias));
        } catch (GeneralSecurityException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot read the key under alias '" + alias + "'", e);
        }
    }

    private static List<X509Certificate> x509Chain(Certificate[] chain, String alias) {
        if (chain == null
                || chain.length == 0
                || !Arrays.stream(chain).allMatch(X509Certificate.class::isInstance)) {
            throw new SigningKeysUnavailableException(
                    "The key under alias '" + alias + "' has no X.509 certificate chain");
        }
        return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** Signer certificate first, then its issuers. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate signerCertificate() {
        return chain.get(0);
    }

    /** The JCA name of the signature algorithm that fits the key: SHA-256 with RSA or ECDSA. */
    public String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default ->
                    throw new SigningKeysUnavailableException(
                            "Unsupported signing key algorithm "
                                    + privateKey.getAlgorithm()
                                    + " (use RSA or EC)");
        };
    }

    @Override
    public String toString() {
        return "SigningKeys[" + signerCertificate().getSubjectX500Principal().getName() + "]";
    }
}
