package org.implantdhr.certificate.control;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.time.Duration;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Obtains RFC 3161 timestamp tokens over HTTP. Each request carries a fresh nonce and asks for the
 * TSA certificate; a response is accepted only if it is granted, answers this very request
 * (imprint, nonce) and its token verifies against the certificate it carries. Thread-safe.
 */
public final class TimestampClient implements TimestampSource {

    private static final String QUERY_TYPE = "application/timestamp-query";
    private static final String REPLY_TYPE = "application/timestamp-reply";

    private final URI authority;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public TimestampClient(URI authority, Duration timeout) {
        this.authority = authority;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * Timestamps the SHA-256 digest of {@code data}.
     *
     * @throws TimestampException if the authority fails, refuses, or its answer does not match the
     *     request
     */
    @Override
    public TimeStampToken timestamp(byte[] data) {
        TimeStampRequest request = requestFor(sha256(data));
        TimeStampResponse response = parse(post(request));
        checkGranted(response);
        checkAnswers(response, request);
        TimeStampToken token = response.getTimeStampToken();
        checkTokenSignature(token);
        return token;
    }

    private TimeStampRequest requestFor(byte[] digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(TSPAlgorithms.SHA256, digest, new BigInteger(63, random));
    }

    private byte[] post(TimeStampRequest request) {
        try {
            HttpRequest httpRequest =
                    HttpRequest.newBuilder(authority)
                            .timeout(timeout)
                            .header("Content-Type", QUERY_TYPE)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build();
            HttpResponse<byte[]> response =
                    http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
            checkHttpAnswer(response);
            return response.body();
        } catch (IOException e) {
            throw new TimestampException(
                    "Timestamp authority " + authority + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException(
                    "Interrupted while waiting for timestamp authority " + authority, e);
        }
    }

    private void checkHttpAnswer(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new TimestampException(
                    "Timestamp authority " + authority + " answered HTTP " + response.statusCode());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith(REPLY_TYPE)) {
            throw new TimestampException(
                    "Timestamp authority "
                            + authority
                            + " answered with content type '"
                            + contentType
                            + "' instead of "
                            + REPLY_TYPE);
        }
    }

    private TimeStampResponse parse(byte[] body) {
        try {
            return new TimeStampResponse(body);
        } catch (TSPException | IOException | RuntimeException e) {
            throw new TimestampException(
                    "Timestamp authority " + authority + " sent an unreadable response", e);
        }
    }

    private void checkGranted(TimeStampResponse response) {
        int status = response.getStatus();
        if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
            throw new TimestampException(
                    "Timestamp authority "
                            + authority
                            + " refused the request (status "
                            + status
                            + ": "
                            + response.getStatusString()
                            + ")");
        }
    }

    private void checkAnswers(TimeStampResponse response, TimeStampRequest request) {
        try {
            response.validate(request);
        } catch (TSPException e) {
            throw new TimestampException(
                    "Timestamp authority "
                            + authority
                            + " answered a different request: "
                            + e.getMessage(),
                    e);
        }
    }

    private void checkTokenSignature(TimeStampToken token) {
        X509CertificateHolder tsaCertificate =
                TimestampTokens.signerCertificate(token)
                        .orElseThrow(
                                () ->
                                        new TimestampException(
                                                "Timestamp authority "
                                                        + authority
                                                        + " did not include its certificate although it was requested"));
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));
        } catch (TSPException | OperatorCreationException | CertificateException e) {
            throw new TimestampException(
                    "The token of timestamp authority "
                            + authority
                            + " does not verify: "
                            + e.getMessage(),
                    e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
