package org.implantdhr.certificate.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 timestamp authority on a loopback port, with switches to misbehave. */
final class TestTimestampAuthority implements AutoCloseable {

    enum Behaviour {
        HONEST,
        BLOATED_TOKEN,
        ANSWER_OTHER_IMPRINT,
        DROP_NONCE,
        REFUSE,
        HTTP_ERROR
    }

    private static final int BLOAT_BYTES = 20_000;

    private static final ASN1ObjectIdentifier POLICY =
            new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");

    private final HttpServer server;
    private final SigningKeys keys;
    private final X509Certificate bulky;
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Behaviour behaviour = Behaviour.HONEST;

    TestTimestampAuthority() throws Exception {
        this(java.time.Duration.ofDays(365));
    }

    /** With a certificate that expires after {@code validity}. */
    TestTimestampAuthority(java.time.Duration validity) throws Exception {
        keys = TestPki.timestampAuthority(validity);
        bulky = TestPki.bulkyCertificate(keys, BLOAT_BYTES);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", this::answer);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    SigningKeys keys() {
        return keys;
    }

    int requestCount() {
        return requests.get();
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            if (behaviour == Behaviour.HTTP_ERROR) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
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
        TimeStampResponseGenerator responses =
                new TimeStampResponseGenerator(tokenGenerator(), TSPAlgorithms.ALLOWED);
        BigInteger serialNumber = BigInteger.valueOf(serial.getAndIncrement());
        return switch (behaviour) {
            case REFUSE ->
                    responses
                            .generateFailResponse(
                                    PKIStatus.REJECTION,
                                    PKIFailureInfo.systemFailure,
                                    "test TSA refuses")
                            .getEncoded();
            case ANSWER_OTHER_IMPRINT ->
                    responses
                            .generate(otherRequestLike(request), serialNumber, new Date())
                            .getEncoded();
            case DROP_NONCE ->
                    responses
                            .generate(withoutNonce(request), serialNumber, new Date())
                            .getEncoded();
            default -> responses.generate(request, serialNumber, new Date()).getEncoded();
        };
    }

    private TimeStampTokenGenerator tokenGenerator() throws Exception {
        var signerInfo =
                new JcaSimpleSignerInfoGeneratorBuilder()
                        .build("SHA256withRSA", keys.privateKey(), keys.signerCertificate());
        var sha256 =
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(signerInfo, sha256, POLICY);
        generator.addCertificates(
                new JcaCertStore(
                        behaviour == Behaviour.BLOATED_TOKEN
                                ? List.of(keys.signerCertificate(), bulky)
                                : List.of(keys.signerCertificate())));
        return generator;
    }

    private static TimeStampRequest otherRequestLike(TimeStampRequest request) throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        byte[] otherDigest =
                MessageDigest.getInstance("SHA-256").digest("something else".getBytes());
        return generator.generate(TSPAlgorithms.SHA256, otherDigest, request.getNonce());
    }

    private static TimeStampRequest withoutNonce(TimeStampRequest request) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(
                request.getMessageImprintAlgOID(), request.getMessageImprintDigest());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
