package it.org.implantdhr.certificate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 timestamp authority run by a test on a loopback port (BouncyCastle's TSP classes):
 * its own test CA, which issues the authority's certificate for a short validity and publishes a
 * revocation list at the distribution point the authority's certificate names, so that what the
 * server does before that certificate expires, and with the authority's revocation data, can be
 * tested.
 */
final class TestTimestampAuthority implements AutoCloseable {

    private static final ASN1ObjectIdentifier POLICY =
            new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");

    private static final X500Name CA_NAME =
            new X500Name("CN=Test TSA CA, O=Implant DHR integration tests");

    private final HttpServer server;
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final KeyPair tsaKeys;
    private final X509Certificate tsa;
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger crlRequests = new AtomicInteger();

    /** With a certificate that expires after {@code validity}. */
    TestTimestampAuthority(Duration validity) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Instant now = Instant.now();
        caKeys = newKeyPair();
        X500Name caName = CA_NAME;
        ca =
                certificate(
                        new JcaX509v3CertificateBuilder(
                                        caName,
                                        BigInteger.valueOf(now.toEpochMilli()),
                                        Date.from(now.minus(Duration.ofDays(1))),
                                        Date.from(now.plus(Duration.ofDays(3650))),
                                        caName,
                                        caKeys.getPublic())
                                .addExtension(
                                        Extension.basicConstraints, true, new BasicConstraints(0))
                                .addExtension(
                                        Extension.keyUsage,
                                        true,
                                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
        tsaKeys = newKeyPair();
        tsa =
                certificate(
                        new JcaX509v3CertificateBuilder(
                                        caName,
                                        BigInteger.valueOf(now.toEpochMilli() + 1),
                                        Date.from(now.minus(Duration.ofDays(1))),
                                        Date.from(now.plus(validity)),
                                        new X500Name(
                                                "CN=Test TSA, O=Implant DHR integration tests"),
                                        tsaKeys.getPublic())
                                .addExtension(
                                        Extension.keyUsage,
                                        true,
                                        new KeyUsage(KeyUsage.digitalSignature))
                                .addExtension(
                                        Extension.extendedKeyUsage,
                                        true,
                                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                                .addExtension(
                                        Extension.cRLDistributionPoints,
                                        false,
                                        new CRLDistPoint(
                                                new DistributionPoint[] {
                                                    new DistributionPoint(
                                                            new DistributionPointName(
                                                                    new GeneralNames(
                                                                            new GeneralName(
                                                                                    GeneralName
                                                                                            .uniformResourceIdentifier,
                                                                                    base()
                                                                                            + "/crl"))),
                                                            null,
                                                            null)
                                                })));
        server.createContext("/tsa", this::answer);
        server.createContext("/crl", this::publishCrl);
        server.start();
    }

    String url() {
        return base() + "/tsa";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How often the test CA's revocation list was fetched from its distribution point. */
    int crlRequestCount() {
        return crlRequests.get();
    }

    X509Certificate ca() {
        return ca;
    }

    X509Certificate certificate() {
        return tsa;
    }

    int requestCount() {
        return requests.get();
    }

    /** The test CA's revocation list (nothing revoked), valid for a week. */
    byte[] crl() throws Exception {
        Instant now = Instant.now();
        var builder = new X509v2CRLBuilder(CA_NAME, Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        return new JcaX509CRLConverter()
                .getCRL(
                        builder.build(
                                new JcaContentSignerBuilder("SHA256withRSA")
                                        .build(caKeys.getPrivate())))
                .getEncoded();
    }

    private void publishCrl(HttpExchange exchange) throws IOException {
        crlRequests.incrementAndGet();
        try (exchange) {
            byte[] list = crl();
            exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, list.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(list);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            byte[] reply = reply(new TimeStampRequest(in.readAllBytes()));
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private byte[] reply(TimeStampRequest request) throws Exception {
        var signerInfo =
                new JcaSimpleSignerInfoGeneratorBuilder()
                        .build("SHA256withRSA", tsaKeys.getPrivate(), tsa);
        var sha256 =
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signerInfo, sha256, POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(tsa, ca)));
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date())
                .getEncoded();
    }

    private X509Certificate certificate(X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(
                                new JcaContentSignerBuilder("SHA256withRSA")
                                        .build(caKeys.getPrivate())));
    }

    private static KeyPair newKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
