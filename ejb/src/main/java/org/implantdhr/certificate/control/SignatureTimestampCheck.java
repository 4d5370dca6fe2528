package org.implantdhr.certificate.control;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks the RFC 3161 signature timestamp (unsigned attribute signatureTimeStampToken) of a CMS
 * signer: the token verifies against the TSA certificate it carries and its imprint is the digest
 * of this signature value. Whether the TSA itself is trusted is not judged here; no TSA trust list
 * is configured.
 */
final class SignatureTimestampCheck {

    private SignatureTimestampCheck() {}

    static boolean isPresent(SignerInformation signer) {
        return token(signer) != null;
    }

    /**
     * The time the timestamp proves, or empty if there is none or it fails (then a problem is
     * added).
     */
    static Optional<Instant> verifiedTime(SignerInformation signer, List<String> problems) {
        Attribute attribute = token(signer);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            TimeStampToken token =
                    new TimeStampToken(
                            ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            if (!tokenVerifies(token, problems)) {
                return Optional.empty();
            }
            if (!Arrays.equals(
                    token.getTimeStampInfo().getMessageImprintDigest(), imprintOf(signer, token))) {
                problems.add("the timestamp was issued for a different signature value");
                return Optional.empty();
            }
            return Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
        } catch (TSPException | IOException | OperatorCreationException | RuntimeException e) {
            problems.add("the signature timestamp cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Attribute token(SignerInformation signer) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        return unsigned == null
                ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    }

    private static boolean tokenVerifies(TimeStampToken token, List<String> problems) {
        Optional<X509CertificateHolder> tsaCertificate = TimestampTokens.signerCertificate(token);
        if (tsaCertificate.isEmpty()) {
            problems.add(
                    "the signature timestamp does not include the certificate of its authority");
            return false;
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate.get()));
            return true;
        } catch (TSPException | OperatorCreationException | CertificateException e) {
            problems.add("the signature timestamp does not verify: " + e.getMessage());
            return false;
        }
    }

    private static byte[] imprintOf(SignerInformation signer, TimeStampToken token)
            throws OperatorCreationException, IOException {
        DigestCalculator digest =
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(token.getTimeStampInfo().getHashAlgorithm());
        digest.getOutputStream().write(signer.getSignature());
        return digest.getDigest();
    }
}
