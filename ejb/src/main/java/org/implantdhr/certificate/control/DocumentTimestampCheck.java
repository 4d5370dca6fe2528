package org.implantdhr.certificate.control;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks a document timestamp (PAdES B-LTA): its token verifies against the certificate it carries
 * and its imprint is the digest of the bytes its range covers. Whether the timestamp authority is
 * trusted is not judged here, as for signature timestamps.
 */
final class DocumentTimestampCheck {

    private DocumentTimestampCheck() {}

    /** Empty when the timestamp is intact; else what is wrong with it. */
    static Optional<String> problem(SignatureField field, byte[] file) {
        SignedRange range = new SignedRange(field.byteRange());
        if (!range.isWellFormedIn(file)) {
            return Optional.of("its byte range is malformed or points outside the file");
        }
        try {
            Optional<byte[]> contents = range.contents(file);
            if (contents.isEmpty()) {
                return Optional.of("it holds no timestamp token");
            }
            TimeStampToken token;
            try (ASN1InputStream in = new ASN1InputStream(contents.get())) {
                token =
                        new TimeStampToken(
                                new CMSSignedData(ContentInfo.getInstance(in.readObject())));
            }
            X509CertificateHolder authority =
                    TimestampTokens.signerCertificate(token)
                            .orElseThrow(() -> new IOException("no authority certificate"));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
            String algorithm =
                    token.getTimeStampInfo()
                                    .getMessageImprintAlgOID()
                                    .getId()
                                    .equals("2.16.840.1.101.3.4.2.1")
                            ? "SHA-256"
                            : token.getTimeStampInfo().getMessageImprintAlgOID().getId();
            byte[] digest = MessageDigest.getInstance(algorithm).digest(range.signedBytes(file));
            if (!Arrays.equals(digest, token.getTimeStampInfo().getMessageImprintDigest())) {
                return Optional.of("the bytes it covers were changed after it was made");
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("its timestamp token does not verify (" + e.getMessage() + ")");
        }
    }

    static List<String> problems(List<SignatureField> timestamps, byte[] file) {
        return timestamps.stream()
                .flatMap(
                        field ->
                                problem(field, file)
                                        .map(p -> "Document timestamp '" + field.name() + "': " + p)
                                        .stream())
                .toList();
    }
}
