package it.org.implantdhr.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Plant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issued documents stay provable for the implant's lifetime: EU DSS, given only the installation's
 * CA (from {@code /verify/ca.pem}) as trust anchor and no network, validates the release
 * certificate, the implant card and the Annex XIII statement as TOTAL_PASSED at PAdES-BASELINE-LT
 * (no timestamp authority is configured on the test server: the installation's own timestamp unit
 * gives the signature timestamp); OpenSSL verifies the CA's revocation list served at the
 * distribution point the signer certificate names. On an implant of this class's own.
 */
@ExtendWith(ArquillianExtension.class)
class LongTermSignatureIT {

    private static final Api QA = Plant.QUINN;

    private static String serial;
    private static byte[] caPem;

    @BeforeAll
    static void anImplantOfOurOwnIsReleased() {
        serial = Plant.implants(1).ofSurgeon(Plant.SOFIA).recorded().serials().get(0);
        Plant.release(serial);
        var ca = Api.anonymous().get("/verify/ca.pem");
        assertThat(ca.status()).isEqualTo(200);
        caPem = ca.body();
    }

    @Test
    @Tag("CFR-11.10c")
    void euDssValidatesTheCertificateAsBaselineLtAgainstTheCaAlone() {
        assertLongTerm(QA.get("/api/certificates/" + serial).body(), "release certificate");
    }

    @Test
    @Tag("CFR-11.10c")
    void euDssValidatesTheImplantCardAndTheStatementAsBaselineLt() {
        assertLongTerm(QA.get("/api/implants/" + serial + "/implant-card").body(), "implant card");
        var statement = QA.get("/api/implants/" + serial + "/annex-xiii-statement");
        if (statement.status() == 200) {
            assertLongTerm(statement.body(), "Annex XIII statement");
        }
    }

    @Test
    void openSslVerifiesTheRevocationListAtTheSignersDistributionPoint() throws Exception {
        var crl = Api.anonymous().get("/verify/ca.crl");
        assertThat(crl.status()).isEqualTo(200);
        assertThat(crl.contentType()).startsWith("application/pkix-crl");
        Path dir = Files.createTempDirectory("crl-");
        Path crlFile = Files.write(dir.resolve("ca.crl"), crl.body());
        Path caFile = Files.write(dir.resolve("ca.pem"), caPem);

        String output =
                run(
                        "openssl",
                        "crl",
                        "-inform",
                        "DER",
                        "-in",
                        crlFile.toString(),
                        "-CAfile",
                        caFile.toString(),
                        "-noout",
                        "-text");

        assertThat(output).contains("verify OK", "Next Update", "X509v3 CRL Number");
        String signer = signerCertificateText();
        assertThat(signer).contains("CRL Distribution Points").contains("/verify/ca.crl");
    }

    /** The signer certificate as it is in the issued certificate's CMS signature. */
    private static String signerCertificateText() throws Exception {
        byte[] pdf = QA.get("/api/certificates/" + serial).body();
        byte[] der;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var signature =
                    document.getSignatureDictionaries().stream()
                            .filter(s -> "ETSI.CAdES.detached".equals(s.getSubFilter()))
                            .findFirst()
                            .orElseThrow();
            try (var in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents())) {
                var cms =
                        new org.bouncycastle.cms.CMSSignedData(
                                org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject()));
                var signerId = cms.getSignerInfos().getSigners().iterator().next().getSID();
                @SuppressWarnings("unchecked")
                var matches = cms.getCertificates().getMatches(signerId);
                der =
                        ((org.bouncycastle.cert.X509CertificateHolder) matches.iterator().next())
                                .getEncoded();
            }
        }
        Path file = Files.createTempFile("signer-", ".der");
        Files.write(file, der);
        return run("openssl", "x509", "-inform", "DER", "-in", file.toString(), "-noout", "-text");
    }

    private static void assertLongTerm(byte[] pdf, String what) {
        var validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier());
        SimpleReport report = validator.validateDocument().getSimpleReport();
        String id = report.getFirstSignatureId();
        System.out.printf(
                "EU DSS on the issued %s: %s %s %s, errors %s%n",
                what,
                report.getSignatureFormat(id),
                report.getIndication(id),
                report.getSubIndication(id) == null ? "" : report.getSubIndication(id),
                report.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList());
        assertThat(report.getSignatureFormat(id))
                .as(what)
                .isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(report.getIndication(id)).as(what).isEqualTo(Indication.TOTAL_PASSED);
    }

    private static CommonCertificateVerifier verifier() {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(DSSUtils.loadCertificate(caCertificate().getEncodedForm()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        return verifier;
    }

    private static Encoded caCertificate() {
        try {
            X509Certificate ca =
                    (X509Certificate)
                            CertificateFactory.getInstance("X.509")
                                    .generateCertificate(new ByteArrayInputStream(caPem));
            return new Encoded(ca.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException("the CA file is no certificate", e);
        }
    }

    private record Encoded(byte[] getEncodedForm) {}

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
