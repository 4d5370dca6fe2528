package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * The server signs the rendered certificate afterwards with an incremental update; the result must
 * still be PDF/A-3b and keep the original bytes as its first revision. A plain CMS detached
 * signature stands in for the server's PAdES signer here.
 */
class IncrementalSignatureTest {

    @Test
    void signedCertificateStaysPdfA3bAndKeepsTheRenderedRevision() throws Exception {
        byte[] rendered =
                new CertificateRenderer()
                        .render(CertificateModelBuilder.certificate().build())
                        .pdf();

        byte[] signed = signIncrementally(rendered);
        RenderedPdf.keep("certificate-signed.pdf", signed);

        assertThat(signed).startsWith(rendered);
        assertThat(PdfAValidation.failures(signed)).isEmpty();
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
        }
    }

    private static byte[] signIncrementally(byte[] pdf) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(keys);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Release test signer");
            signature.setReason("RELEASE");
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> cms(content, keys, certificate));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static byte[] cms(InputStream content, KeyPair keys, X509Certificate certificate) {
        try {
            ContentSigner signer =
                    new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
            CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
            cms.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(
                                    new JcaDigestCalculatorProviderBuilder().build())
                            .build(signer, certificate));
            cms.addCertificates(new JcaCertStore(List.of(certificate)));
            return cms.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=Release test signer");
        Date now = new Date();
        ContentSigner signer =
                new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter()
                .getCertificate(
                        new JcaX509v3CertificateBuilder(
                                        name,
                                        BigInteger.ONE,
                                        now,
                                        new Date(now.getTime() + 86_400_000L),
                                        name,
                                        keys.getPublic())
                                .build(signer));
    }
}
