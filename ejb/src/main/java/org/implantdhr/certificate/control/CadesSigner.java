package org.implantdhr.certificate.control;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds the detached CMS SignedData of a PAdES baseline signature: signed attributes content-type,
 * message-digest, CMS algorithm protection and signing-certificate-v2 but no signing-time (PAdES
 * takes the time from the signature dictionary's /M, and validators downgrade a signature that
 * carries one to PAdES-BES); for B-T an RFC 3161 token over the signature value as unsigned
 * attribute.
 */
final class CadesSigner {

    private final SigningKeys keys;
    private final Optional<TimestampSource> timestamps;

    CadesSigner(SigningKeys keys, Optional<TimestampSource> timestamps) {
        this.keys = keys;
        this.timestamps = timestamps;
    }

    byte[] sign(byte[] signedContent) {
        try {
            CMSSignedData signedData = signatureOver(signedContent);
            if (timestamps.isPresent()) {
                signedData = withSignatureTimestamp(signedData, timestamps.get());
            }
            return signedData.getEncoded(ASN1Encoding.DER);
        } catch (CMSException
                | IOException
                | GeneralSecurityException
                | OperatorCreationException e) {
            throw new PdfSigningException("Cannot create the CMS signature: " + e.getMessage(), e);
        }
    }

    private CMSSignedData signatureOver(byte[] content)
            throws GeneralSecurityException, OperatorCreationException, CMSException, IOException {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(signerInfoGenerator());
        generator.addCertificates(new JcaCertStore(keys.chain()));
        return generator.generate(new CMSProcessableByteArray(content), false);
    }

    private SignerInfoGenerator signerInfoGenerator()
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X509Certificate signer = keys.signerCertificate();
        ContentSigner contentSigner =
                new JcaContentSignerBuilder(keys.signatureAlgorithm()).build(keys.privateKey());
        return new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(baselineSignedAttributes(signingCertificateV2(signer)))
                .build(contentSigner, signer);
    }

    private static CMSAttributeTableGenerator baselineSignedAttributes(
            Attribute signingCertificate) {
        DefaultSignedAttributeTableGenerator standard =
                new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
        return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private static Attribute signingCertificateV2(X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
        IssuerSerial issuerSerial =
                new IssuerSerial(
                        new GeneralNames(new GeneralName(holder.getIssuer())),
                        holder.getSerialNumber());
        // this constructor leaves the hash algorithm at its DER default, SHA-256
        ESSCertIDv2 certId = new ESSCertIDv2(hash, issuerSerial);
        return new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(certId)));
    }

    private static CMSSignedData withSignatureTimestamp(
            CMSSignedData signedData, TimestampSource client) throws IOException {
        SignerInformation signer = signedData.getSignerInfos().getSigners().iterator().next();
        byte[] token = client.timestamp(signer.getSignature()).getEncoded();
        Attribute timestamp =
                new Attribute(
                        PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(token)));
        SignerInformation timestamped =
                SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(timestamp));
        return CMSSignedData.replaceSigners(signedData, new SignerInformationStore(timestamped));
    }
}
