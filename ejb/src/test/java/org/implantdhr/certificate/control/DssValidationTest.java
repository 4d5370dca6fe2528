package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** EU DSS, the reference ETSI validator, classifies our signatures as PAdES baseline levels. */
class DssValidationTest {

    private static final SignatureDetails DETAILS =
            new SignatureDetails("QA", "Release", "Plant 1");

    private static TestPki pki;
    private static TestTimestampAuthority tsa;

    @BeforeAll
    static void createKeysAndTimestampAuthority() throws Exception {
        pki = TestPki.rsa("DSS tests");
        tsa = new TestTimestampAuthority();
    }

    @AfterAll
    static void stopTimestampAuthority() {
        tsa.close();
    }

    @Test
    void classifiesASignatureWithoutTimestampAsPadesBaselineB() {
        byte[] signed =
                new PadesSigner(pki.signer, Clock.systemUTC()).sign(TestPdfs.pdfA3b(), DETAILS);

        Reports reports = validate(signed, pki.ca);

        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        report("B-B", simple, id);
        assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertIntactAndNotFailed(reports, id);
    }

    @Test
    void classifiesATimestampedSignatureAsPadesBaselineT() {
        byte[] signed =
                new PadesSigner(
                                pki.signer,
                                new TimestampClient(tsa.uri(), Duration.ofSeconds(10)),
                                Clock.systemUTC())
                        .sign(TestPdfs.pdfA3b(), DETAILS);

        Reports reports = validate(signed, pki.ca);

        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        report("B-T", simple, id);
        assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        assertThat(reports.getDiagnosticData().getSignatureById(id).getSignatureTimestamps())
                .hasSize(1);
        assertIntactAndNotFailed(reports, id);
    }

    private static Reports validate(byte[] pdf, X509Certificate trustAnchor) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(DSSUtils.loadCertificate(encoded(trustAnchor)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        SignedDocumentValidator validator =
                SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }

    private static void assertIntactAndNotFailed(Reports reports, String id) {
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        assertThat(signature.isSignatureIntact()).as("signature intact").isTrue();
        assertThat(signature.isSignatureValid()).as("signature valid").isTrue();
        assertThat(signature.isSigningCertificateIdentified())
                .as("signing-certificate-v2 matches")
                .isTrue();
        assertThat(reports.getSimpleReport().getIndication(id))
                .isNotEqualTo(Indication.TOTAL_FAILED);
        // the demo CA publishes no CRL or OCSP; that must be the only objection
        assertThat(reports.getSimpleReport().getAdESValidationErrors(id))
                .extracting(message -> message.getValue())
                .containsOnly(
                        "The certificate validation is not conclusive!",
                        "No revocation data found for the certificate!");
    }

    private static void report(String level, SimpleReport simple, String id) {
        System.out.printf(
                "EU DSS on our %s signature: format %s, indication %s %s, errors %s%n",
                level,
                simple.getSignatureFormat(id),
                simple.getIndication(id),
                simple.getSubIndication(id) == null ? "" : simple.getSubIndication(id),
                simple.getAdESValidationErrors(id).stream()
                        .map(message -> message.getValue())
                        .toList());
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
