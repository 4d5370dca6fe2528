package org.implantdhr.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signing key, the signer and the inspector of this server, loaded once on first use. In demo
 * mode the key comes from the demo authority's keystore (created on the first start); otherwise
 * from the PKCS#12 file named by {@code implantdhr.signing.keystore} with the password from {@code
 * implantdhr.signing.password} (give it as the environment variable IMPLANTDHR_SIGNING_PASSWORD,
 * never in a file of the application) and the alias {@code implantdhr.signing.alias}. For a key
 * kept in a hardware security module, {@code implantdhr.signing.pkcs11-config} names the JDK
 * SunPKCS11 configuration file of the token instead of a keystore file; the password is then the
 * token's PIN. A timestamp authority ({@code implantdhr.tsa.url}) makes signatures B-T.
 */
@ApplicationScoped
public class CertificateKeys {

    static final String DEMO_KEYSTORE = "resources/security/implantdhr-demo-signer.p12";

    @Inject
    @ConfigProperty(name = "implantdhr.demo.enabled", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "implantdhr.signing.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "implantdhr.signing.pkcs11-config")
    Optional<String> pkcs11Config;

    @Inject
    @ConfigProperty(name = "implantdhr.signing.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "implantdhr.signing.alias")
    Optional<String> alias;

    @Inject
    @ConfigProperty(name = "implantdhr.tsa.url")
    Optional<String> timestampAuthority;

    private Loaded loaded;

    private record Loaded(
            PadesSigner signer,
            SignedPdfInspector inspector,
            X509Certificate trustAnchor,
            boolean timestamped,
            DetachedSignatures detached) {}

    public PadesSigner signer() {
        return load().signer();
    }

    public SignedPdfInspector inspector() {
        return load().inspector();
    }

    /** Detached CMS signatures with the same key, e.g. over the audit chain's checkpoints. */
    public DetachedSignatures detachedSignatures() {
        return load().detached();
    }

    public boolean timestamped() {
        return load().timestamped();
    }

    /** The CA our signer chains to, PEM encoded. */
    public String trustAnchorPem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes())
                            .encodeToString(load().trustAnchor().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("The trust anchor cannot be encoded", e);
        }
    }

    private synchronized Loaded load() {
        if (loaded == null) {
            Clock clock = Clock.systemUTC();
            SigningKeys keys;
            X509Certificate anchor;
            if (demo) {
                DemoAuthority authority = DemoAuthority.openOrCreate(demoKeystore(), clock);
                keys = authority.signingKeys();
                anchor = authority.caCertificate();
            } else {
                String keyAlias =
                        alias.orElseThrow(
                                () ->
                                        new SigningKeysUnavailableException(
                                                "implantdhr.signing.alias is not configured"));
                char[] secret = password.orElse("").toCharArray();
                keys =
                        pkcs11Config
                                .filter(config -> !config.isBlank())
                                .map(
                                        config ->
                                                SigningKeys.fromPkcs11(
                                                        Path.of(config), secret, keyAlias))
                                .orElseGet(
                                        () ->
                                                SigningKeys.fromPkcs12(
                                                        Path.of(
                                                                keystore.orElseThrow(
                                                                        () ->
                                                                                new SigningKeysUnavailableException(
                                                                                        "implantdhr.signing.keystore is not configured"))),
                                                        secret,
                                                        keyAlias));
                List<X509Certificate> chain = keys.chain();
                anchor = chain.get(chain.size() - 1);
            }
            PadesSigner signer =
                    timestampAuthority
                            .filter(url -> !url.isBlank())
                            .map(
                                    url ->
                                            new PadesSigner(
                                                    keys,
                                                    new TimestampClient(
                                                            URI.create(url),
                                                            Duration.ofSeconds(10)),
                                                    clock))
                            .orElseGet(() -> new PadesSigner(keys, clock));
            Optional<TimestampClient> timestamps =
                    timestampAuthority
                            .filter(url -> !url.isBlank())
                            .map(
                                    url ->
                                            new TimestampClient(
                                                    URI.create(url), Duration.ofSeconds(10)));
            loaded =
                    new Loaded(
                            signer,
                            new SignedPdfInspector(anchor),
                            anchor,
                            timestamps.isPresent(),
                            new DetachedSignatures(
                                    new CadesSigner(keys, timestamps),
                                    new SignerCertificateCheck(anchor)));
        }
        return loaded;
    }

    private Path demoKeystore() {
        if (keystore.isPresent() && !keystore.get().isBlank()) {
            return Path.of(keystore.get());
        }
        String serverDir = System.getProperty("server.output.dir");
        Path base =
                serverDir != null
                        ? Path.of(serverDir)
                        : Path.of(System.getProperty("java.io.tmpdir"), "implantdhr");
        return base.resolve(DEMO_KEYSTORE);
    }
}
