package org.implantdhr.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signing key, the signer and the inspector of this server, loaded once on first use. In demo
 * mode the key comes from the demo authority's keystore (created on the first start); otherwise
 * from the PKCS#12 file named by {@code implantdhr.signing.keystore} with the password from {@code
 * implantdhr.signing.password} (give it as the environment variable IMPLANTDHR_SIGNING_PASSWORD,
 * never in a file of the application) and the alias {@code implantdhr.signing.alias}. For a key
 * kept in a hardware security module, {@code implantdhr.signing.pkcs11-config} names the JDK
 * SunPKCS11 configuration file of the token instead of a keystore file; the password is then the
 * token's PIN.
 *
 * <p>Long-term signatures: the CA's revocation list — issued by the demo CA, or in production read
 * from the file {@code implantdhr.signing.crl-file} where the installation's CA publishes it — is
 * embedded with the chain in every signed document (B-LT) and served at {@code /verify/ca.crl}. A
 * timestamp authority ({@code implantdhr.tsa.url}) timestamps signatures and adds a document
 * timestamp (B-LTA); without one, the demo installation's own timestamp unit timestamps signatures.
 * Key rollover: {@code implantdhr.signing.earlier-certificates} names a PEM file with the
 * certificates of earlier signers and their CAs; what they signed stays verifiable.
 */
@ApplicationScoped
public class CertificateKeys {

    static final String DEMO_KEYSTORE = "resources/security/implantdhr-demo-signer.p12";
    static final String CRL_PATH = "/verify/ca.crl";

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
    @ConfigProperty(name = "implantdhr.signing.crl-file")
    Optional<String> crlFile;

    @Inject
    @ConfigProperty(name = "implantdhr.signing.earlier-certificates")
    Optional<String> earlierCertificates;

    @Inject
    @ConfigProperty(name = "implantdhr.tsa.url")
    Optional<String> timestampAuthority;

    @Inject
    @ConfigProperty(name = "implantdhr.public.base-url", defaultValue = "http://localhost:9080")
    String publicBaseUrl;

    /**
     * Integration tests only (set in ear/src/test/liberty): the timestamp authority may be replaced
     * while the server runs ({@link #useTimestampAuthority}), so that one test can run its own
     * authority without every other test's documents depending on it. Off everywhere else.
     */
    @Inject
    @ConfigProperty(
            name = "implantdhr.test.timestamp-authority-replaceable",
            defaultValue = "false")
    boolean timestampAuthorityReplaceable;

    private Loaded loaded;

    /** The authority set by a test in place of the configured one; null: the configured one. */
    private Optional<String> replacedTimestampAuthority;

    private record Loaded(
            LongTermSigner signer,
            SignedPdfInspector inspector,
            X509Certificate trustAnchor,
            boolean timestamped,
            DetachedSignatures detached,
            Supplier<Optional<X509CRL>> crl) {}

    public LongTermSigner signer() {
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
        return Pem.certificate(load().trustAnchor());
    }

    /** The CA's current revocation list, DER encoded; empty if the CA publishes none. */
    public Optional<byte[]> crl() {
        return load().crl()
                .get()
                .map(
                        list -> {
                            try {
                                return list.getEncoded();
                            } catch (java.security.cert.CRLException e) {
                                throw new IllegalStateException("A loaded CRL can be encoded", e);
                            }
                        });
    }

    /** Whether a test may replace the timestamp authority on this server. */
    public boolean timestampAuthorityReplaceable() {
        return timestampAuthorityReplaceable;
    }

    /**
     * Integration tests only: signs from now on with the timestamp authority at {@code url} (none
     * when empty) instead of the configured one.
     *
     * @throws IllegalStateException unless the test server allows it
     */
    public synchronized void useTimestampAuthority(Optional<String> url) {
        if (!timestampAuthorityReplaceable) {
            throw new IllegalStateException("The timestamp authority is set by configuration only");
        }
        replacedTimestampAuthority = url;
        loaded = null;
    }

    private synchronized Loaded load() {
        if (loaded == null) {
            loaded = loadNow(Clock.systemUTC());
        }
        return loaded;
    }

    private Loaded loadNow(Clock clock) {
        SigningKeys keys;
        X509Certificate anchor;
        List<X509Certificate> earlier = new ArrayList<>(earlierFromConfiguration());
        Supplier<Optional<X509CRL>> crl;
        Optional<TimestampSource> ownTimestamps = Optional.empty();
        if (demo) {
            DemoAuthority authority =
                    DemoAuthority.openOrCreate(
                            demoKeystore(), Optional.of(crlDistributionPoint()), clock);
            keys = authority.signingKeys();
            anchor = authority.caCertificate();
            earlier.addAll(authority.earlierCertificates());
            crl = () -> Optional.of(authority.crl());
            ownTimestamps =
                    Optional.of(new LocalTimestampUnit(authority.timestampUnitKeys(), clock));
        } else {
            keys = configuredKeys();
            anchor = keys.chain().get(keys.chain().size() - 1);
            crl = this::publishedCrl;
        }
        Optional<String> authorityUrl =
                replacedTimestampAuthority != null
                        ? replacedTimestampAuthority
                        : timestampAuthority;
        Optional<TimestampSource> authority =
                authorityUrl
                        .filter(url -> !url.isBlank())
                        .map(url -> new TimestampClient(URI.create(url), Duration.ofSeconds(10)));
        Optional<TimestampSource> signatureTimestamps =
                authority.isPresent() ? authority : ownTimestamps;
        PadesSigner pades =
                signatureTimestamps
                        .map(source -> new PadesSigner(keys, source, clock))
                        .orElseGet(() -> new PadesSigner(keys, clock));
        X509Certificate ca = anchor;
        LongTermSigner signer =
                new LongTermSigner(
                        pades,
                        keys,
                        () -> crl.get().map(List::of).orElse(List.of()),
                        authority.map(DocumentTimestamp::new),
                        authority.map(
                                a ->
                                        new AuthorityRevocationLists(
                                                List.of(ca.getSubjectX500Principal()),
                                                clock,
                                                Duration.ofSeconds(10))));
        List<X509Certificate> anchors = trustAnchors(anchor, earlier);
        return new Loaded(
                signer,
                new SignedPdfInspector(anchors),
                anchor,
                authority.isPresent(),
                new DetachedSignatures(
                        new CadesSigner(keys, authority), new SignerCertificateCheck(anchors)),
                crl);
    }

    /** The current CA first, then the self-signed (root) certificates of earlier signers. */
    private static List<X509Certificate> trustAnchors(
            X509Certificate current, List<X509Certificate> earlier) {
        LinkedHashSet<X509Certificate> anchors = new LinkedHashSet<>();
        anchors.add(current);
        earlier.stream()
                .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                .forEach(anchors::add);
        return List.copyOf(anchors);
    }

    private SigningKeys configuredKeys() {
        String keyAlias =
                alias.orElseThrow(
                        () ->
                                new SigningKeysUnavailableException(
                                        "implantdhr.signing.alias is not configured"));
        char[] secret = password.orElse("").toCharArray();
        Optional<String> token = pkcs11Config.filter(config -> !config.isBlank());
        if (token.isPresent()) {
            return SigningKeys.fromPkcs11(Path.of(token.get()), secret, keyAlias);
        }
        String file =
                keystore.orElseThrow(
                        () ->
                                new SigningKeysUnavailableException(
                                        "implantdhr.signing.keystore is not configured"));
        return SigningKeys.fromPkcs12(Path.of(file), secret, keyAlias);
    }

    /** Read on every use: the CA replaces the file when it issues the next list. */
    private Optional<X509CRL> publishedCrl() {
        Optional<String> file = crlFile.filter(f -> !f.isBlank());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(Path.of(file.get()))) {
            return Optional.of(Pem.crl(in));
        } catch (IOException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot read the CA's revocation list " + file.get(), e);
        }
    }

    private List<X509Certificate> earlierFromConfiguration() {
        Optional<String> file = earlierCertificates.filter(f -> !f.isBlank());
        if (file.isEmpty()) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(Path.of(file.get()))) {
            return Pem.certificates(in);
        } catch (IOException e) {
            throw new SigningKeysUnavailableException(
                    "Cannot read the earlier signers' certificates " + file.get(), e);
        }
    }

    private URI crlDistributionPoint() {
        String base =
                publicBaseUrl.endsWith("/")
                        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                        : publicBaseUrl;
        return URI.create(base + CRL_PATH);
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
