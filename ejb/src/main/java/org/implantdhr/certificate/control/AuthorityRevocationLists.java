package org.implantdhr.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The revocation lists of an external timestamp authority's chain, so that its timestamps stay
 * verifiable offline (PAdES B-LT/B-LTA: the timestamps' chains need revocation data in the document
 * security store as much as the signer's). For every certificate found in a document whose issuer
 * is also found there and is not our own CA (whose list is embedded anyway), the list named by its
 * CRL distribution point (http or https) is fetched, checked against the issuer's key, and kept
 * until its next update, so that documents signed meanwhile reuse it. A list that cannot be had is
 * logged and left out: the signature is still made, at a lower level, rather than refused.
 * Thread-safe.
 */
final class AuthorityRevocationLists {

    private static final Logger LOG = Logger.getLogger(AuthorityRevocationLists.class.getName());

    private final List<X500Principal> ownIssuers;
    private final Clock clock;
    private final HttpClient http;
    private final Duration timeout;
    private final Map<URI, X509CRL> fetched = new ConcurrentHashMap<>();

    /**
     * @param ownIssuers the issuers whose lists are embedded anyway (our CA)
     */
    AuthorityRevocationLists(List<X500Principal> ownIssuers, Clock clock, Duration timeout) {
        this.ownIssuers = List.copyOf(ownIssuers);
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The lists for {@code found}, the certificates of a document's signatures and timestamps. */
    List<X509CRL> of(List<X509Certificate> found) {
        List<X509CRL> lists = new ArrayList<>();
        for (X509Certificate certificate : found) {
            if (ownIssuers.contains(certificate.getIssuerX500Principal())
                    || certificate
                            .getSubjectX500Principal()
                            .equals(certificate.getIssuerX500Principal())) {
                continue; // our CA's list is embedded anyway; a root is trusted, not revoked
            }
            Optional<X509Certificate> issuer =
                    found.stream()
                            .filter(
                                    c ->
                                            c.getSubjectX500Principal()
                                                    .equals(certificate.getIssuerX500Principal()))
                            .findFirst();
            if (issuer.isEmpty()) {
                continue;
            }
            for (URI point : distributionPoints(certificate)) {
                Optional<X509CRL> list = current(point, issuer.get());
                if (list.isPresent()) {
                    if (!lists.contains(list.get())) {
                        lists.add(list.get());
                    }
                    break;
                }
            }
        }
        return lists;
    }

    private Optional<X509CRL> current(URI point, X509Certificate issuer) {
        X509CRL kept = fetched.get(point);
        if (kept != null
                && kept.getNextUpdate() != null
                && kept.getNextUpdate().toInstant().isAfter(clock.instant())) {
            return Optional.of(kept);
        }
        try {
            HttpResponse<byte[]> response =
                    http.send(
                            HttpRequest.newBuilder(point).timeout(timeout).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            X509CRL list =
                    (X509CRL)
                            CertificateFactory.getInstance("X.509")
                                    .generateCRL(new ByteArrayInputStream(response.body()));
            if (!list.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                throw new GeneralSecurityException("the list is issued by someone else");
            }
            list.verify(issuer.getPublicKey());
            fetched.put(point, list);
            return Optional.of(list);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "No revocation list from "
                            + point
                            + " for the timestamp authority's chain: "
                            + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static List<URI> distributionPoints(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return List.of();
        }
        List<URI> points = new ArrayList<>();
        try {
            CRLDistPoint distPoint =
                    CRLDistPoint.getInstance(
                            ASN1Primitive.fromByteArray(
                                    DEROctetString.getInstance(extension).getOctets()));
            for (DistributionPoint point : distPoint.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                    continue;
                }
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        String uri = general.getName().toString();
                        if (uri.startsWith("http://") || uri.startsWith("https://")) {
                            points.add(URI.create(uri));
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Unreadable CRL distribution point: " + e.getMessage());
        }
        return points;
    }
}
