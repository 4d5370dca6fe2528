package org.implantdhr.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EU DSS, given only our CA (and for B-LTA the test timestamp authority) as trust anchors and no
 * network, validates long-term signatures as TOTAL_PASSED at the PAdES baseline levels LT and LTA.
 */
class LongTermSignerTest {

    private static final SignatureDetails DETAILS =
            new SignatureDetails("QA", "Release", "Plant 1");

    private static TestPki pki;
    private static TestTimestampAuthority tsa;

    @BeforeAll
    static void createKeysAndTimestampAuthority() throws Exception {
        pki = TestPki.rsa("Long-term tests");
        tsa = new TestTimestampAuthority(Duration.ofDays(20));
    }

    @AfterAll
    static void stopTimestampAuthority() {
        tsa.close();
    }

    @Test
    void withoutTimestampAuthorityEmbedsChainAndCrlAsPadesBaselineLt() {
        LongTermSigner signer =
                new LongTermSigner(
                        new PadesSigner(
                                pki.signer,
                                new LocalTimestampUnit(pki.timestampUnit(), Clock.systemUTC()),
                                Clock.systemUTC()),
                        pki.signer,
                        () -> List.of(pki.crl()),
                        Optional.empty());
        byte[] signed = signer.sign(TestPdfs.pdfA3b(), DETAILS);

        Reports reports = validate(signed, pki.ca);

        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        report("B-LT", simple, id);
        assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(simple.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void withTimestampAuthorityAddsADocumentTimestampAsPadesBaselineLta() {
        byte[] signed = signer(Optional.of(archive())).sign(TestPdfs.pdfA3b(), DETAILS);

        Reports reports = validate(signed, pki.ca, tsa.keys().signerCertificate());

        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        report("B-LTA", simple, id);
        assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(simple.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void renewalAppendsAnotherDocumentTimestampAndKeepsEarlierBytes() {
        LongTermSigner signer = signer(Optional.of(archive()));
        byte[] first = signer.sign(TestPdfs.pdfA3b(), DETAILS);

        byte[] renewed = signer.renew(first);

        assertThat(Arrays.copyOf(renewed, first.length)).isEqualTo(first);
        Reports reports = validate(renewed, pki.ca, tsa.keys().signerCertificate());
        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        report("B-LTA renewed", simple, id);
        assertThat(reports.getDiagnosticData().getTimestampList()).hasSize(2);
        assertThat(simple.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(simple.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void theRenewalIsDueBeforeTheLastTimestampsCertificateExpiresAndMovesOnWithANewAuthority()
            throws Exception {
        byte[] first = signer(Optional.of(archive())).sign(TestPdfs.pdfA3b(), DETAILS);
        java.time.Instant soon = tsa.keys().signerCertificate().getNotAfter().toInstant();
        assertThat(DocumentTimestamp.lastExpiry(first)).contains(soon);
        assertThat(soon).isBefore(java.time.Instant.now().plus(Duration.ofDays(30)));

        try (TestTimestampAuthority longer = new TestTimestampAuthority(Duration.ofDays(3650))) {
            byte[] renewed =
                    signer(
                                    Optional.of(
                                            new DocumentTimestamp(
                                                    new TimestampClient(
                                                            longer.uri(), Duration.ofSeconds(10)))))
                            .renew(first);

            assertThat(DocumentTimestamp.lastExpiry(renewed))
                    .contains(longer.keys().signerCertificate().getNotAfter().toInstant());
            Reports reports =
                    validate(
                            renewed,
                            pki.ca,
                            tsa.keys().signerCertificate(),
                            longer.keys().signerCertificate());
            String id = reports.getSimpleReport().getFirstSignatureId();
            assertThat(reports.getSimpleReport().getIndication(id))
                    .isEqualTo(Indication.TOTAL_PASSED);
            assertThat(reports.getSimpleReport().getSignatureFormat(id))
                    .isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        }
    }

    private static DocumentTimestamp archive() {
        return new DocumentTimestamp(new TimestampClient(tsa.uri(), Duration.ofSeconds(10)));
    }

    private static LongTermSigner signer(Optional<DocumentTimestamp> archive) {
        return new LongTermSigner(
                new PadesSigner(pki.signer, Clock.systemUTC()),
                pki.signer,
                () -> List.of(pki.crl()),
                archive);
    }

    static Reports validate(byte[] pdf, X509Certificate... trustAnchors) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate anchor : trustAnchors) {
            trusted.addCertificate(DSSUtils.loadCertificate(encoded(anchor)));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        SignedDocumentValidator validator =
                SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }

    private static void report(String level, SimpleReport simple, String id) {
        System.out.printf(
                "EU DSS on our %s signature: format %s, indication %s %s, errors %s, warnings %s%n",
                level,
                simple.getSignatureFormat(id),
                simple.getIndication(id),
                simple.getSubIndication(id) == null ? "" : simple.getSubIndication(id),
                simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList(),
                simple.getAdESValidationWarnings(id).stream().map(m -> m.getValue()).toList());
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
