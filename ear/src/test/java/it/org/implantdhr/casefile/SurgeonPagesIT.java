package it.org.implantdhr.casefile;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.PublicVerification;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A surgeon in the browser: their own cases only, a design approved with an e-signature (a wrong
 * password first), the certificate of a released implant with its live status, the check of the PDF
 * they hold, and the public verification page on a phone without logging in. The released implant
 * is sam.surgeon's, of a plant of this class's own ({@link Plant}) that no test changes.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class SurgeonPagesIT {

    private static final String SAM = Plant.SAM;
    private static final String SAM_PASSWORD = "sam.surgeon-demo";

    /**
     * Where the pages are kept as pictures for a person to look at (failures leave theirs there
     * too).
     */
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    /** sam.surgeon's released implant, its certificate in force. */
    private static String released;

    @BeforeAll
    static void aReleasedImplantOfSam() {
        released = Plant.implants(1).ofSurgeon(SAM).released().serial();
    }

    /** A surgeon of this run only, so that their case list holds exactly what the test made. */
    private static String newSurgeon() {
        String name = "it.surgeon." + Long.toString(System.nanoTime(), 36);
        People.named(name, "SURGEON");
        return name;
    }

    @Test
    void aSurgeonSeesTheirOwnCasesOnlyWithWhereEachStands(Browser browser) {
        String me = newSurgeon();
        String mine = CaseFixtures.newCase(me, "CUSTOM_MADE");
        CaseFixtures.design(mine, "V1");
        String empty = CaseFixtures.newCase(me, "CUSTOM_MADE");
        String theirs = CaseFixtures.newCase(CaseFixtures.SURGEON, "CUSTOM_MADE");

        browser.loginAs(me, People.PASSWORD).submit("nav-cases");

        assertThat(browser.currentPath()).startsWith("/surgeon/cases.xhtml");
        assertThat(browser.text("case-" + mine))
                .contains("Design awaiting your approval", "Design V1", "awaiting your approval");
        assertThat(browser.text("case-" + empty)).contains("Awaiting design", "none yet");
        assertThat(browser.all(By.id("case-" + theirs))).as("another surgeon's case").isEmpty();
        assertThat(browser.all(By.cssSelector("#cases tbody tr"))).hasSize(2);
        browser.keepEvidence(SCREENSHOTS, "SurgeonPagesIT.myCases");
    }

    @Test
    @Tag("CFR-11.50")
    @Tag("CFR-11.70")
    @Tag("CFR-11.200")
    void aSurgeonApprovesADesignWithTheirSignatureAfterAWrongPassword(Browser browser) {
        String me = newSurgeon();
        String caseNumber = CaseFixtures.newCase(me, "CUSTOM_MADE");
        String sha256 = CaseFixtures.design(caseNumber, "V1");
        CaseFixtures.approve(caseNumber, "V1", People.as("ENGINEER"));

        browser.loginAs(me, People.PASSWORD).submit("nav-cases");
        browser.follow(browser.element("case-" + caseNumber).findElement(By.linkText("Design V1")));

        assertThat(browser.text("bounding-box")).isEqualTo("10.000 × 10.000 × 10.000 mm");
        assertThat(browser.text("volume")).startsWith("1000.000 mm³");
        assertThat(browser.text("min-wall")).startsWith("1.500 mm");
        assertThat(browser.text("sha256")).isEqualTo(sha256);
        assertThat(browser.all(By.cssSelector("#shape svg path")))
                .as("the cube, drawn")
                .hasSize(12);
        assertThat(browser.text("meaning"))
                .startsWith("APPROVAL")
                .contains(caseNumber, "design V1", sha256);

        browser.type("approve:password", "not-my-password").submit("approve:sign");

        assertThat(browser.text("approve:password-error")).contains("does not match");
        assertThat(surgeonApproval(caseNumber)).as("nothing approved").isEmpty();

        browser.type("approve:password", People.PASSWORD).submit("approve:sign");

        assertThat(browser.text("approved")).contains("Approved by you");
        browser.keepEvidence(SCREENSHOTS, "SurgeonPagesIT.designApproved");
        assertThat(browser.text("approvals")).contains("SURGEON", "APPROVAL");
        JsonObject approval = surgeonApproval(caseNumber).orElseThrow();
        assertThat(approval.getString("signer")).isEqualTo(me);
        assertThat(approval.getString("meaning")).isEqualTo("APPROVAL");
        assertThat(approval.getString("signedHash")).isEqualTo(sha256);

        browser.submit("nav-cases");
        assertThat(browser.text("case-" + caseNumber))
                .contains("approved by you")
                .doesNotContain("Design awaiting your approval");
    }

    @Test
    void aSurgeonSeesTheCertificateOfTheirReleasedImplantAndChecksThePdfTheyHold(Browser browser)
            throws Exception {
        String serial = released;
        String liveStatus = PublicVerification.statusOf(serial);
        assertThat(liveStatus).isEqualTo("RELEASED");

        browser.loginAs(SAM, SAM_PASSWORD).open("/surgeon/implant.xhtml?serial=" + serial);

        assertThat(browser.element("live-status").getAttribute("data-status"))
                .isEqualTo(liveStatus);
        assertThat(browser.text("certificate-number")).startsWith("RC-" + serial + "-");
        String sha256 = browser.text("certificate-sha256");

        HttpResponse<byte[]> download =
                get(browser, browser.element("download").getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(sha256(download.body())).isEqualTo(sha256);

        Path pdf = Files.createTempFile("certificate-", ".pdf");
        try {
            Files.write(pdf, download.body());
            browser.element("check:file").sendKeys(pdf.toAbsolutePath().toString());
            browser.click("check:verify");

            browser.element("file-check");
            for (String check : List.of("signed", "intact", "whole-file", "our-ca", "issued")) {
                assertThat(browser.element("check-" + check).getAttribute("data-passed"))
                        .as(check)
                        .isEqualTo("true");
            }
            assertThat(browser.text("file-implant")).isEqualTo(serial);
            assertThat(browser.text("file-status")).isEqualTo(liveStatus);
            assertThat(browser.text("file-sha256")).isEqualTo(sha256);
            browser.keepEvidence(SCREENSHOTS, "SurgeonPagesIT.certificateChecked");
            assertThat(browser.text("file-verdict"))
                    .isEqualTo(
                            "Genuine, and the certificate is in force: the implant may be used.");

            // one byte appended: no longer the file we issued, and the signature no longer covers
            // it all
            Files.write(pdf, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
            browser.element("check:file").sendKeys(pdf.toAbsolutePath().toString());
            browser.click("check:verify");
            browser.waiting(Duration.ofSeconds(30))
                    .until(
                            d ->
                                    "false"
                                            .equals(
                                                    d.findElement(By.id("check-issued"))
                                                            .getAttribute("data-passed")));
            assertThat(browser.text("file-verdict")).isEqualTo("Do not rely on this file.");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    @Tag("CFR-11.10g")
    void anotherSurgeonNeitherSeesNorDownloadsTheCertificate(Browser browser) throws Exception {
        String serial = released;
        String other = newSurgeon();

        browser.loginAs(other, People.PASSWORD).open("/surgeon/implant.xhtml?serial=" + serial);

        assertThat(browser.text("page-messages"))
                .contains("None of your cases has an implant '" + serial + "'");
        assertThat(browser.all(By.id("live-status"))).isEmpty();
        assertThat(get(browser, Api.BASE + "/surgeon/certificate?serial=" + serial).statusCode())
                .isEqualTo(404);
    }

    @Test
    void thePublicVerificationPageOpensOnAPhoneWithoutLogin(Browser browser) {
        // the serial number is typed on the page the navigation links to; the QR code opens
        // /verify/{serial}
        String serial = released;
        assertThat(PublicVerification.statusOf(serial)).isEqualTo("RELEASED");
        browser.driver().manage().window().setSize(new Dimension(390, 844));

        browser.open("/verify").type("serial", serial.toLowerCase()).submit("look-up");

        String headline = browser.waitFor(By.tagName("h1")).getText();
        assertThat(headline).startsWith("RELEASED");
        assertThat(browser.pageText()).contains(serial, "RC-" + serial + "-");
        assertThat(browser.all(By.id("signed-in-as"))).as("no login").isEmpty();
        var js = (JavascriptExecutor) browser.driver();
        assertThat(
                        ((Number) js.executeScript("return document.documentElement.scrollWidth"))
                                .intValue())
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(
                        ((Number) js.executeScript("return window.innerWidth")).intValue());
        browser.keepEvidence(SCREENSHOTS, "SurgeonPagesIT.publicVerificationOnAPhone");

        browser.open("/verify/NO-SUCH-SERIAL-" + System.nanoTime());
        assertThat(browser.waitFor(By.tagName("h1")).getText()).startsWith("UNKNOWN");
    }

    private static Optional<JsonObject> surgeonApproval(String caseNumber) {
        return expect(People.as("ENGINEER").get("/api/cases/" + caseNumber + "/designs/V1"), 200)
                .json()
                .getJsonArray("approvals")
                .stream()
                .map(JsonObject.class::cast)
                .filter(a -> a.getString("role").equals("SURGEON"))
                .findFirst();
    }

    /** A GET with the browser's session cookie, as the browser would download the link. */
    private static HttpResponse<byte[]> get(Browser browser, String url) throws Exception {
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
