package org.implantdhr.certificate.control;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * The detached CMS SignedData found in a signature's /Contents, read against the bytes it claims to
 * sign.
 */
final class CmsSignature {

    private final CMSSignedData signedData;
    private final SignerInformation signer;

    private CmsSignature(CMSSignedData signedData, SignerInformation signer) {
        this.signedData = signedData;
        this.signer = signer;
    }

    /**
     * Reads the first ASN.1 object of {@code contents} — the rest is the zero padding of the
     * reserved space — as a SignedData with exactly one signer.
     */
    static Optional<CmsSignature> parse(byte[] contents, byte[] signedBytes) {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ContentInfo contentInfo = ContentInfo.getInstance(in.readObject());
            if (contentInfo == null
                    || !CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
                return Optional.empty();
            }
            CMSSignedData signedData =
                    new CMSSignedData(new CMSProcessableByteArray(signedBytes), contentInfo);
            Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
            return signers.size() == 1
                    ? Optional.of(new CmsSignature(signedData, signers.iterator().next()))
                    : Optional.empty();
        } catch (IOException | CMSException | RuntimeException e) {
            return Optional.empty();
        }
    }

    SignerInformation signer() {
        return signer;
    }

    @SuppressWarnings("unchecked")
    Optional<X509Certificate> signerCertificate() {
        Collection<X509CertificateHolder> matches =
                signedData
                        .getCertificates()
                        .getMatches((Selector<X509CertificateHolder>) signer.getSID());
        return matches.stream().findFirst().flatMap(CmsSignature::toX509);
    }

    List<X509Certificate> certificates() {
        return signedData.getCertificates().getMatches(null).stream()
                .map(CmsSignature::toX509)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Checks the signature value and the message digest over the signed bytes; adds what fails. */
    boolean verifies(X509Certificate signerCertificate, List<String> problems) {
        try {
            if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signerCertificate))) {
                return true;
            }
            problems.add("the signature value does not match the signer certificate");
        } catch (CMSSignerDigestMismatchException e) {
            problems.add(
                    "the signed content was changed after signing (its digest no longer matches)");
        } catch (CMSException | OperatorCreationException e) {
            problems.add("the signature cannot be verified: " + e.getMessage());
        }
        return false;
    }

    /** PAdES binds the signer certificate into the signed attributes (signing-certificate-v2). */
    void checkSigningCertificateAttribute(
            X509Certificate signerCertificate, List<String> problems) {
        Attribute attribute =
                signer.getSignedAttributes() == null
                        ? null
                        : signer.getSignedAttributes()
                                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            problems.add(
                    "the signed attributes do not name the signer certificate (no signing-certificate-v2),"
                            + " so this is no PAdES baseline signature");
            return;
        }
        ESSCertIDv2 named =
                SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0))
                        .getCerts()[0];
        if (!Arrays.equals(named.getCertHash(), digest(named, signerCertificate))) {
            problems.add(
                    "the signed attributes name a different signer certificate than the one included");
        }
    }

    private static byte[] digest(ESSCertIDv2 certId, X509Certificate certificate) {
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            var calculator = digests.get(certId.getHashAlgorithm());
            calculator.getOutputStream().write(certificate.getEncoded());
            return calculator.getDigest();
        } catch (OperatorCreationException | IOException | GeneralSecurityException e) {
            return new byte[0];
        }
    }

    private static Optional<X509Certificate> toX509(X509CertificateHolder holder) {
        try {
            return Optional.of(new JcaX509CertificateConverter().getCertificate(holder));
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }
}
