package it.org.implantdhr.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.PublicVerification;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The public verification as a person without an account uses it, on a phone-sized screen (390 ×
 * 844): a certificate PDF checked with the page's upload form, in words, with the same checks as
 * {@code POST /verify}; a file that is not a PDF answered as such; who vouches for the answer (the
 * manufacturer, the time of the check, the CA's fingerprint and its certificate); a serial never
 * released shows its status alone; a revocation shows its category to anyone and its reason only to
 * a signed-in person. On a plant of this class's own: one implant released and left in force, one
 * never evaluated; the revocation test revokes an implant of its own.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class PublicVerificationIT {

    private static final String REASON = "Separation plate of a lot under investigation";

    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private static String released;
    private static String unreleased;
    private static byte[] certificate;

    @BeforeAll
    static void anImplantReleasedAndOneNeverEvaluated() {
        Plant.Recorded plant = Plant.implants(2).recorded();
        released = plant.serials().get(0);
        unreleased = plant.serials().get(1);
        Plant.release(released);
        certificate = Api.expect(Plant.QUINN.get("/api/certificates/" + released), 200).body();
    }

    @Test
    @Tag("CFR-11.70")
    void aPersonWithoutAnAccountChecksTheCertificatePdfOnAPhone(Browser browser) throws Exception {
        phone(browser);
        browser.open("/login.xhtml").follow(browser.element("verify-link"));
        Path pdf = Files.createTempFile("certificate-", ".pdf");
        try {
            Files.write(pdf, certificate);
            browser.element("file").sendKeys(pdf.toAbsolutePath().toString());
            browser.submit("check-file");
        } finally {
            Files.deleteIfExists(pdf);
        }

        assertThat(browser.text("file-verdict"))
                .isEqualTo("Genuine, and the certificate is in force: the implant may be used.");
        for (String check : List.of("signed", "intact", "whole-file", "our-ca", "issued")) {
            assertThat(browser.element("check-" + check).getAttribute("data-passed"))
                    .as(check)
                    .isEqualTo("true");
        }
        assertThat(browser.text("file-implant")).isEqualTo(released);
        assertThat(browser.text("file-sha256")).isEqualTo(sha256(certificate));
        assertThat(browser.all(By.id("signed-in-as"))).as("no login").isEmpty();
        vouchedFor(browser);
        fitsThePhone(browser);
        browser.keepEvidence(SCREENSHOTS, "PublicVerificationIT.pdfCheckedOnAPhone");
    }

    @Test
    void aFileThatIsNoPdfIsAnsweredAsSuchNotAsChangedAfterSigning(Browser browser)
            throws Exception {
        phone(browser);
        browser.open("/verify");
        Path text = Files.createTempFile("notes-", ".txt");
        try {
            Files.writeString(text, "hello, not a certificate");
            browser.element("file").sendKeys(text.toAbsolutePath().toString());
            browser.submit("check-file");
        } finally {
            Files.deleteIfExists(text);
        }
        assertThat(browser.text("file-verdict"))
                .isEqualTo("Not a PDF: this file is no certificate of ours.");
        assertThat(browser.element("check-pdf").getAttribute("data-passed")).isEqualTo("false");
        assertThat(browser.pageText())
                .doesNotContain("changed after signing", "added after signing");
        assertThat(browser.all(By.id("check-intact"))).isEmpty();

        // over REST the same: the answer says it is no PDF
        var answer =
                Api.anonymous()
                        .upload(
                                "/verify",
                                "application/octet-stream",
                                "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getBoolean("pdf")).isFalse();

        // a PDF without a signature is a PDF, but not signed: nothing "changed after signing"
        browser.open("/verify");
        Path unsigned = Files.createTempFile("unsigned-", ".pdf");
        try {
            Files.write(unsigned, Plant.onePagePdf("Not a certificate"));
            browser.element("file").sendKeys(unsigned.toAbsolutePath().toString());
            browser.submit("check-file");
        } finally {
            Files.deleteIfExists(unsigned);
        }
        assertThat(browser.element("check-signed").getAttribute("data-passed")).isEqualTo("false");
        assertThat(browser.pageText()).doesNotContain("changed after signing");
        assertThat(browser.text("file-verdict")).isEqualTo("Do not rely on this file.");
    }

    @Test
    void theStatusPageNamesWhoVouchesAndASerialNeverReleasedShowsOnlyItsStatus(Browser browser) {
        phone(browser);
        browser.open("/verify").type("serial", released.toLowerCase()).submit("look-up");
        assertThat(browser.element("status").getAttribute("data-status")).isEqualTo("RELEASED");
        assertThat(browser.text("certificate-sha256")).isEqualTo(sha256(certificate));
        assertThat(browser.all(By.id("patient-code"))).as("not for anyone").isEmpty();
        vouchedFor(browser);
        fitsThePhone(browser);
        browser.keepEvidence(SCREENSHOTS, "PublicVerificationIT.statusOnAPhone");

        browser.open("/verify/" + unreleased);
        assertThat(browser.element("status").getAttribute("data-status")).isEqualTo("NOT_RELEASED");
        assertThat(browser.all(By.cssSelector("#facts dd")))
                .extracting(e -> e.getAttribute("id"))
                .containsExactly("serial-number");
        assertThat(browser.pageText()).doesNotContain("PT-", "Patient", "Device");

        var json = PublicVerification.of(unreleased);
        assertThat(json.keySet()).containsOnly("serialNumber", "status", "checkedAt");
    }

    @Test
    void aRevocationShowsItsCategoryToAnyoneAndItsReasonOnlyToSignedInPeople(Browser browser) {
        String serial = Plant.implants(1).released().serial(); // this test's own: it revokes it
        Api.expect(
                People.as("QA_MANAGER")
                        .post(
                                "/api/certificates/" + serial + "/revocation",
                                Json.createObjectBuilder()
                                        .add("reason", REASON)
                                        .add("password", People.PASSWORD)
                                        .add("zone", "Europe/Berlin")
                                        .build()
                                        .toString()),
                200);

        phone(browser);
        browser.open("/verify/" + serial);
        assertThat(browser.element("status").getAttribute("data-status")).isEqualTo("REVOKED");
        assertThat(browser.text("revocation-category")).isEqualTo("Withdrawn by the manufacturer");
        assertThat(browser.all(By.id("revoked-reason"))).isEmpty();
        assertThat(browser.pageText()).doesNotContain(REASON);
        assertThat(browser.text("revoked-at"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        browser.loginAs("QA").open("/verify/" + serial);
        assertThat(browser.text("revoked-reason")).isEqualTo(REASON);
        assertThat(browser.text("patient-code")).startsWith("PT-");

        var signedIn = People.as("REGULATOR").get("/api/certificates/" + serial + "/status").json();
        assertThat(signedIn.getString("revokedReason")).isEqualTo(REASON);
        assertThat(signedIn.getString("revocationCategory")).isEqualTo("WITHDRAWN");
        var anyone = PublicVerification.of(serial);
        assertThat(anyone.getString("revocationCategory")).isEqualTo("WITHDRAWN");
        assertThat(anyone.containsKey("revokedReason")).isFalse();
        assertThat(Api.anonymous().get("/api/certificates/" + serial + "/status").status())
                .isEqualTo(401);
    }

    private static void phone(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    /** The manufacturer, the moment of the check, the CA's fingerprint and its certificate. */
    private static void vouchedFor(Browser browser) {
        assertThat(browser.text("manufacturer")).isNotBlank().doesNotContain("not configured");
        String checkedAt = browser.element("checked-at").getAttribute("datetime");
        assertThat(browser.text("checked-at")).isEqualTo(checkedAt);
        assertThat(OffsetDateTime.parse(checkedAt).toInstant())
                .isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(60));
        String href = browser.element("ca-download").getAttribute("href");
        assertThat(href).endsWith("/verify/ca.pem");
        String pem = Api.anonymous().get("/verify/ca.pem").text();
        byte[] der =
                Base64.getMimeDecoder()
                        .decode(
                                pem.replace("-----BEGIN CERTIFICATE-----", "")
                                        .replace("-----END CERTIFICATE-----", ""));
        assertThat(browser.text("ca-fingerprint"))
                .isEqualTo(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest(der)));
    }

    private static void fitsThePhone(Browser browser) {
        var js = (JavascriptExecutor) browser.driver();
        assertThat(
                        ((Number) js.executeScript("return document.documentElement.scrollWidth"))
                                .intValue())
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(
                        ((Number) js.executeScript("return window.innerWidth")).intValue());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
