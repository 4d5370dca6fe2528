package it.org.implantdhr.certificate;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
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
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With a timestamp authority, documents are PAdES B-LTA and their archive timestamps are renewed,
 * on a running server: this class runs its own RFC 3161 authority ({@link TestTimestampAuthority},
 * its certificate issued by a test CA and expiring in 20 days, within the renewal margin) and makes
 * the test server sign with it for the class's duration (PUT /api/test/timestamp-authority, a
 * switch of the test server only). An implant of its own is released, and an administrator renews
 * its certificate's archive timestamp now (the scheduled renewal does the same for every version
 * due). EU DSS, with the installation's CA and the test CA as the only anchors and no network,
 * validates the renewed certificate as TOTAL_PASSED at PAdES-BASELINE-LTA; POST /verify recognises
 * both versions' SHA-256 and the implant card and Annex XIII statement handed out; the renewal is
 * in the audit trail with its reason.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveTimestampRenewalIT {

    private static final Api QA = Plant.QUINN;
    private static final String REASON = "renewed ahead of a change of timestamp authority";

    private static TestTimestampAuthority tsa;
    private static String serial;
    private static X509Certificate installationCa;
    private static byte[] asIssued;
    private static JsonObject renewal;
    private static byte[] renewed;

    @BeforeAll
    static void anImplantIsReleasedWithOurAuthorityAndItsArchiveTimestampRenewed()
            throws Exception {
        tsa = new TestTimestampAuthority(Duration.ofDays(20));
        useTimestampAuthority(tsa.url());
        serial = Plant.implants(1).ofSurgeon(Plant.SOFIA).recorded().serials().get(0);
        Plant.release(serial);
        installationCa =
                (X509Certificate)
                        java.security.cert.CertificateFactory.getInstance("X.509")
                                .generateCertificate(
                                        new java.io.ByteArrayInputStream(
                                                expect(Api.anonymous().get("/verify/ca.pem"), 200)
                                                        .body()));
        asIssued = expect(QA.get("/api/certificates/" + serial), 200).body();
        renewal =
                expect(
                                People.admin()
                                        .post(
                                                "/api/certificates/" + serial + "/archive-renewal",
                                                "{\"reason\":" + quoted(REASON) + "}"),
                                200)
                        .json();
        renewed = expect(QA.get("/api/certificates/" + serial), 200).body();
    }

    @AfterAll
    static void theServerSignsAsBeforeAgain() {
        try {
            useTimestampAuthority("");
        } finally {
            if (tsa != null) {
                tsa.close();
            }
        }
    }

    @Test
    @Tag("CFR-11.10c")
    void theIssuedCertificateIsBaselineLtaWithOurAuthority() {
        assertThat(tsa.requestCount()).isGreaterThanOrEqualTo(2);
        // the authority's own revocation data was fetched from its distribution point and
        // embedded: without it EU DSS finds no revocation data for the timestamps
        // (PAdES-BASELINE-T)
        assertThat(tsa.crlRequestCount()).isPositive();
        assertValidLta(asIssued, "certificate as issued");
    }

    @Test
    @Tag("CFR-11.10c")
    void theRenewedCertificateHasANewDocumentTimestampAndStillValidatesAsBaselineLta()
            throws Exception {
        assertThat(renewal.getString("serialNumber")).isEqualTo(serial);
        assertThat(renewal.getInt("versionNumber")).isEqualTo(2);
        assertThat(renewal.getString("previousSha256")).isEqualTo(sha256(asIssued));
        assertThat(renewal.getString("sha256")).isEqualTo(sha256(renewed));
        assertThat(sha256(renewed)).isNotEqualTo(sha256(asIssued));
        // the renewal appends: the issued bytes stay the start of the renewed ones
        assertThat(java.util.Arrays.copyOf(renewed, asIssued.length)).isEqualTo(asIssued);
        assertThat(documentTimestamps(renewed)).isEqualTo(documentTimestamps(asIssued) + 1);
        // renewed again before the new timestamp's certificate expires (in 20 days)
        Instant renewBefore = Instant.parse(renewal.getString("renewBefore"));
        assertThat(renewBefore)
                .isCloseTo(
                        tsa.certificate().getNotAfter().toInstant(),
                        org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
        assertValidLta(renewed, "renewed certificate");
    }

    @Test
    void theVerificationServiceRecognisesEveryVersion() {
        for (byte[] version : List.of(asIssued, renewed)) {
            JsonObject answer = postToVerify(version);
            assertThat(answer.getBoolean("matchesIssued")).as(answer.toString()).isTrue();
            assertThat(answer.getString("document")).isEqualTo("release certificate");
            assertThat(answer.getString("sha256")).isEqualTo(sha256(version));
            assertThat(answer.getJsonObject("implant").getString("serialNumber")).isEqualTo(serial);
        }
    }

    @Test
    void implantCardsAndStatementsHandedOutAreRecognisedByTheirSha256() {
        byte[] card = expect(QA.get("/api/implants/" + serial + "/implant-card"), 200).body();
        byte[] secondCard = expect(QA.get("/api/implants/" + serial + "/implant-card"), 200).body();
        assertThat(sha256(secondCard)).isNotEqualTo(sha256(card));
        for (byte[] copy : List.of(card, secondCard)) {
            JsonObject answer = postToVerify(copy);
            assertThat(answer.getBoolean("matchesIssued")).as(answer.toString()).isTrue();
            assertThat(answer.getBoolean("trustworthy")).as(answer.toString()).isTrue();
            assertThat(answer.getString("document")).isEqualTo("implant card");
            assertThat(answer.getJsonObject("implant").getString("serialNumber")).isEqualTo(serial);
        }
        assertValidLta(card, "implant card");
        var statement = QA.get("/api/implants/" + serial + "/annex-xiii-statement");
        if (statement.status() == 200) {
            JsonObject answer = postToVerify(statement.body());
            assertThat(answer.getBoolean("matchesIssued")).as(answer.toString()).isTrue();
            assertThat(answer.getString("document")).isEqualTo("Annex XIII statement");
        }
        // one byte changed: no longer the document handed out
        byte[] changed = card.clone();
        changed[changed.length / 2] ^= 1;
        JsonObject answer = postToVerify(changed);
        assertThat(answer.getBoolean("matchesIssued")).isFalse();
        assertThat(answer.getBoolean("trustworthy")).isFalse();
    }

    @Test
    void theRenewalIsInTheAuditTrailWithItsReasonAndBothSha256() {
        String certificateNumber =
                expect(QA.get("/api/certificates/" + serial + "/status"), 200)
                        .json()
                        .getString("certificateNumber");
        String trail =
                expect(
                                People.admin()
                                        .get(
                                                "/api/audit?recordType=ReleaseCertificate&label="
                                                        + Api.q(certificateNumber)),
                                200)
                        .text();
        assertThat(trail)
                .contains("ARCHIVE_RENEWAL")
                .contains(REASON)
                .contains(sha256(asIssued))
                .contains(sha256(renewed));
    }

    @Test
    void aRenewalNeedsAReasonAndAnAdministratorAndAnIssuedCertificate() {
        expectProblem(
                People.admin().post("/api/certificates/" + serial + "/archive-renewal", "{}"),
                400,
                "reason");
        assertThat(
                        QA.post(
                                        "/api/certificates/" + serial + "/archive-renewal",
                                        "{\"reason\":\"x\"}")
                                .status())
                .isEqualTo(403);
        expectProblem(
                People.admin()
                        .post(
                                "/api/certificates/NO-SUCH-SERIAL/archive-renewal",
                                "{\"reason\":\"x\"}"),
                404,
                "NO-SUCH-SERIAL");
        // nothing was renewed by the refused requests
        JsonObject answer = postToVerify(renewed);
        assertThat(answer.getBoolean("matchesIssued")).isTrue();
        assertThat(sha256(expect(QA.get("/api/certificates/" + serial), 200).body()))
                .isEqualTo(sha256(renewed));
    }

    private static void useTimestampAuthority(String url) {
        expect(
                People.admin()
                        .put("/api/test/timestamp-authority", "{\"url\":" + quoted(url) + "}"),
                204);
    }

    private static JsonObject postToVerify(byte[] file) {
        return expect(Api.anonymous().upload("/verify", "application/pdf", file), 200).json();
    }

    private static int documentTimestamps(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return (int)
                    document.getSignatureDictionaries().stream()
                            .filter(s -> "ETSI.RFC3161".equals(s.getSubFilter()))
                            .count();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertValidLta(byte[] pdf, String what) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate anchor : List.of(installationCa, tsa.ca())) {
            try {
                trusted.addCertificate(DSSUtils.loadCertificate(anchor.getEncoded()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        var validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        String id = report.getFirstSignatureId();
        System.out.printf(
                "EU DSS on the %s: %s %s %s, errors %s, warnings %s%n",
                what,
                report.getSignatureFormat(id),
                report.getIndication(id),
                report.getSubIndication(id) == null ? "" : report.getSubIndication(id),
                report.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList(),
                report.getAdESValidationWarnings(id).stream().map(m -> m.getValue()).toList());
        assertThat(report.getSignatureFormat(id))
                .as(what)
                .isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(report.getIndication(id)).as(what).isEqualTo(Indication.TOTAL_PASSED);
    }

    private static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
