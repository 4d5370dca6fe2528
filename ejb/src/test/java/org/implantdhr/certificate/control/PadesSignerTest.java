package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSignerTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final SignatureDetails DETAILS =
            new SignatureDetails("QA Release Officer", "Release of implant SN-0042", "Plant 1, QA");

    private static TestPki pki;
    private static TestTimestampAuthority tsa;

    @TempDir Path work;

    @BeforeAll
    static void createKeysAndTimestampAuthority() throws Exception {
        pki = TestPki.rsa("Implant DHR tests");
        tsa = new TestTimestampAuthority();
    }

    @AfterAll
    static void stopTimestampAuthority() {
        tsa.close();
    }

    @Test
    @Tag("CFR-11.70")
    void pdfsigFindsTheSignatureValidAndCoveringTheWholeDocument() throws Exception {
        byte[] signed = basicSigner().sign(TestPdfs.pdfA3b(), DETAILS);

        assertThat(Pdfsig.verify(signed, work))
                .contains("Signature is Valid.")
                .contains("Total document signed")
                .contains("ETSI.CAdES.detached");
    }

    @Test
    void cmsCarriesSigningCertificateV2AndNoSigningTime() throws Exception {
        byte[] signed = basicSigner().sign(TestPdfs.pdfA3b(), DETAILS);

        CMSSignedData cms = cmsOf(signed);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        AttributeTable signedAttributes = signer.getSignedAttributes();
        assertThat(
                        signer.verify(
                                new JcaSimpleSignerInfoVerifierBuilder()
                                        .build(pki.signer.signerCertificate())))
                .isTrue();
        assertThat(signedAttributes.get(CMSAttributes.signingTime)).isNull();
        assertThat(signingCertificateHash(signedAttributes))
                .isEqualTo(
                        MessageDigest.getInstance("SHA-256")
                                .digest(pki.signer.signerCertificate().getEncoded()));
        assertThat(cms.getCertificates().getMatches(null))
                .containsExactlyInAnyOrder(
                        new JcaX509CertificateHolder(pki.signer.signerCertificate()),
                        new JcaX509CertificateHolder(pki.ca));
        assertThat(signer.getUnsignedAttributes()).isNull();
    }

    @Test
    @Tag("CFR-11.50")
    void signatureDictionaryIsPadesBaselineWithNameReasonLocationAndTime() throws Exception {
        byte[] signed = basicSigner().sign(TestPdfs.pdfA3b(), DETAILS);

        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("QA Release Officer");
            assertThat(signature.getReason()).isEqualTo("Release of implant SN-0042");
            assertThat(signature.getLocation()).isEqualTo("Plant 1, QA");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(NOW);
        }
    }

    @Test
    void keepsTheOriginalBytesAndAppendsAnIncrementalUpdate() {
        byte[] original = TestPdfs.pdfA3b();

        byte[] signed = basicSigner().sign(original, DETAILS);

        assertThat(signed).startsWith(original);
        assertThat(
                        new String(
                                signed,
                                original.length,
                                signed.length - original.length,
                                StandardCharsets.ISO_8859_1))
                .contains("/Prev");
    }

    @Test
    void timestampsTheSignatureValueWhenATimestampAuthorityIsConfigured() throws Exception {
        PadesSigner signer =
                new PadesSigner(
                        pki.signer,
                        new TimestampClient(tsa.uri(), Duration.ofSeconds(10)),
                        Clock.fixed(NOW, ZoneOffset.UTC));

        byte[] signed = signer.sign(TestPdfs.pdfA3b(), DETAILS);

        SignerInformation signerInfo =
                cmsOf(signed).getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = timestampOf(signerInfo);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signerInfo.getSignature()));
        assertThat(token.getSID().getSerialNumber())
                .isEqualTo(tsa.keys().signerCertificate().getSerialNumber());
        assertThat(Pdfsig.verify(signed, work))
                .contains("Signature is Valid.")
                .contains("Total document signed");
    }

    @Test
    void signsAgainWithMoreReservedSpaceWhenTheTimestampTokenIsLargerThanExpected()
            throws Exception {
        tsa.behave(TestTimestampAuthority.Behaviour.BLOATED_TOKEN);
        int requestsBefore = tsa.requestCount();
        try {
            PadesSigner signer =
                    new PadesSigner(
                            pki.signer,
                            new TimestampClient(tsa.uri(), Duration.ofSeconds(10)),
                            Clock.fixed(NOW, ZoneOffset.UTC));

            byte[] signed = signer.sign(TestPdfs.pdfA3b(), DETAILS);

            assertThat(tsa.requestCount() - requestsBefore).as("timestamp requests").isEqualTo(2);
            assertThat(Pdfsig.verify(signed, work))
                    .contains("Signature is Valid.")
                    .contains("Total document signed");
        } finally {
            tsa.behave(TestTimestampAuthority.Behaviour.HONEST);
        }
    }

    @Test
    void signsWithAnEllipticCurveKey() throws Exception {
        PadesSigner signer =
                new PadesSigner(
                        TestPki.ecSigner("EC tests").signer, Clock.fixed(NOW, ZoneOffset.UTC));

        byte[] signed = signer.sign(TestPdfs.pdfA3b(), DETAILS);

        assertThat(Pdfsig.verify(signed, work)).contains("Signature is Valid.");
        assertThat(
                        cmsOf(signed)
                                .getSignerInfos()
                                .getSigners()
                                .iterator()
                                .next()
                                .getEncryptionAlgOID())
                .as("ecdsa-with-SHA256")
                .isEqualTo("1.2.840.10045.4.3.2");
    }

    @Test
    void refusesInputThatIsNotAPdf() {
        assertThatThrownBy(
                        () ->
                                basicSigner()
                                        .sign("hello".getBytes(StandardCharsets.US_ASCII), DETAILS))
                .isInstanceOf(PdfSigningException.class)
                .hasMessageContaining("not a readable PDF");
    }

    @Test
    void refusesToSignWithAnExpiredCertificate() {
        PadesSigner signer =
                new PadesSigner(
                        pki.signer, Clock.fixed(NOW.plus(Duration.ofDays(3650)), ZoneOffset.UTC));

        assertThatThrownBy(() -> signer.sign(TestPdfs.pdfA3b(), DETAILS))
                .isInstanceOf(PdfSigningException.class)
                .hasMessageContaining("is not valid at");
    }

    private static PadesSigner basicSigner() {
        return new PadesSigner(pki.signer, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static CMSSignedData cmsOf(byte[] signedPdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            return new CMSSignedData(
                    new CMSProcessableByteArray(signature.getSignedContent(signedPdf)),
                    signature.getContents());
        }
    }

    private static byte[] signingCertificateHash(AttributeTable signedAttributes) {
        var attribute = signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        assertThat(attribute).as("signing-certificate-v2 attribute").isNotNull();
        SigningCertificateV2 value =
                SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
        return value.getCerts()[0].getCertHash();
    }

    private static TimeStampToken timestampOf(SignerInformation signer) throws Exception {
        var attribute =
                signer.getUnsignedAttributes()
                        .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attribute).as("signature-time-stamp attribute").isNotNull();
        return new TimeStampToken(
                new CMSSignedData(
                        attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
    }
}
