package it.org.implantdhr.release;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.release.ReviewPageSteps.acknowledgeEveryWarning;
import static it.org.implantdhr.release.ReviewPageSteps.login;
import static it.org.implantdhr.release.ReviewPageSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.Plant;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The QA review and release in a real browser, on implants of each test's own (a {@link Plant}
 * recorded through the API by the demo operators and engineers, so that the demo QA people recorded
 * none of it): review by exception, warnings acknowledged, the release signed with the password,
 * the certificate opened right after; and what is refused — a wrong password, a stale evaluation, a
 * releaser who recorded evidence — changes nothing.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class ReleasePagesIT {

    private static final Api QUINN = Api.as("quinn.qa", "quinn.qa-demo");
    private static final Api MIA = Api.as("mia.qamanager", "mia.qamanager-demo");
    private static final String SIGNING = "{\"password\":\"quinn.qa-demo\",\"zone\":\"UTC\"}";

    @Test
    @Tag("CFR-11.200")
    @Tag("ISO13485-8.2.6")
    void qaReviewsByExceptionSignsTheReleaseAndTheCertificateOpens(Browser browser)
            throws Exception {
        String serial = Plant.implants(1).recorded().serial();
        login(browser, "quinn.qa").open("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.text("not-evaluated")).contains("Not evaluated yet");

        submit(browser, "evaluate:submit");
        assertThat(browser.text("page-messages"))
                .contains("Evaluated against TI64-ELI-CW", "0 FAIL, 0 MISSING");
        assertThat(browser.all(By.id("blocking")))
                .as("no FAIL or MISSING on a conforming record")
                .isEmpty();
        WebElement passed = browser.element("passed");
        assertThat(passed.getAttribute("open")).as("the passed checks are collapsed").isNull();
        assertThat(Integer.parseInt(browser.text("passed-count"))).isGreaterThan(20);
        acknowledgeEveryWarning(browser, "Reviewed against the drawing; acceptable");
        assertThat(browser.text("readiness"))
                .isEqualTo("Releasable, awaiting the release signature");
        assertThat(browser.text("verdict")).isEqualTo("AWAITING_RELEASE_SIGNATURE");

        // a wrong password: told next to the password field, nothing released
        browser.click("release-open");
        assertThat(browser.text("sign-meaning")).contains("RELEASE", serial);
        assertThat(browser.text("sign-name")).contains("Quinn Adeyemi");
        browser.type("sign:password", "not-the-password");
        submit(browser, "sign:submit");
        assertThat(browser.text("sign:password-error")).contains("password does not match");
        assertThat(status(serial)).isEqualTo("EVALUATED");
        expect(QUINN.get("/api/implants/" + serial + "/decision"), 404);

        browser.type("sign:password", "quinn.qa-demo");
        submit(browser, "sign:submit");
        assertThat(browser.currentPath()).startsWith("/qa/certificate.xhtml?serial=" + serial);
        assertThat(browser.text("page-messages"))
                .contains("Implant " + serial + " released", "Quinn Adeyemi", "RELEASE");
        assertThat(browser.text("certificate-status")).isEqualTo("ISSUED");
        assertThat(browser.text("release-signature"))
                .startsWith("Quinn Adeyemi, ")
                .endsWith(", RELEASE");
        assertThat(status(serial)).isEqualTo("RELEASED");

        HttpResponse<byte[]> pdf =
                fetch(browser, browser.element("certificate-open").getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String sha256 =
                java.util.HexFormat.of()
                        .formatHex(
                                java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(pdf.body()));
        assertThat(browser.text("certificate-sha256")).isEqualTo(sha256);
        HttpResponse<byte[]> saved =
                fetch(browser, browser.element("certificate-download").getAttribute("href"));
        assertThat(saved.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));

        // the review of a released implant shows the decision and offers no more actions
        browser.open("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.text("decision-kind")).isEqualTo("RELEASED");
        assertThat(browser.all(By.id("release-open"))).isEmpty();
        assertThat(browser.all(By.id("reject:submit"))).isEmpty();
    }

    @Test
    @Tag("CFR-11.10f")
    @Tag("CFR-11.10g")
    @Tag("CFR-11.200")
    void aConcessionIsSignedByTheQaManagerAndStaleOrFourEyesReleasesChangeNothing(Browser browser) {
        String serial = Plant.implants(1).recorded().serial();
        String ncr =
                expect(
                                QUINN.post(
                                        "/api/nonconformances",
                                        """
                {"implantSerial":"%s","checkId":"DES-MASS","description":"Burr on the rim, within the drawing"}"""
                                                .formatted(serial)),
                                201)
                        .json()
                        .getString("number");

        // the QA manager accepts it as it is, with the password; a wrong one is told next to the
        // field
        login(browser, "mia.qamanager").open("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.element("ncr-" + ncr).getText()).contains("OPEN", "Burr on the rim");
        browser.type("ncrs:0:ncr:justification", "Burr removed at finishing; fit unaffected");
        browser.type("ncrs:0:ncr:password", "not-the-password");
        submit(browser, "ncrs:0:ncr:concede");
        assertThat(browser.text("ncrs:0:ncr:password-error")).contains("password does not match");
        assertThat(ncrStatus(ncr)).isEqualTo("OPEN");
        browser.type("ncrs:0:ncr:justification", "Burr removed at finishing; fit unaffected");
        browser.type("ncrs:0:ncr:password", "mia.qamanager-demo");
        submit(browser, "ncrs:0:ncr:concede");
        assertThat(browser.text("page-messages"))
                .contains(ncr + " accepted USE_AS_IS", "CONCESSION");
        assertThat(browser.element("ncr-" + ncr).getText())
                .contains("CLOSED", "USE_AS_IS", "Burr removed at finishing");
        var closed = expect(QUINN.get("/api/nonconformances/" + ncr), 200).json();
        assertThat(closed.getString("disposition")).isEqualTo("USE_AS_IS");
        assertThat(closed.getJsonObject("approval").getString("meaning")).isEqualTo("CONCESSION");

        // QA evaluates: the concession is a warning to acknowledge
        browser.click("session:logout");
        login(browser, "quinn.qa").open("/qa/review.xhtml?serial=" + serial);
        submit(browser, "evaluate:submit");
        assertThat(browser.text("readiness"))
                .isEqualTo("Releasable once the warnings are acknowledged");
        assertThat(browser.all(By.id("release-open")))
                .as("no Release while a warning waits")
                .isEmpty();
        assertThat(browser.text("warning-list")).contains("REC-NCR");
        // an empty comment is refused next to its field
        submit(browser, "warnings:0:ack:submit");
        assertThat(browser.text("warnings:0:ack:comment-error")).contains("Say why");
        acknowledgeEveryWarning(browser, "Concession signed by the QA manager");
        assertThat(browser.text("readiness"))
                .isEqualTo("Releasable, awaiting the release signature");

        // evidence changes after the evaluation: the page says the evaluation is out of date and
        // offers no Release,
        // and the release refuses it as stale; nothing changes
        String mass =
                expect(MIA.get("/api/implants/" + serial), 200)
                        .json()
                        .getJsonObject("measuredMass")
                        .getJsonNumber("value")
                        .bigDecimalValue()
                        .add(new BigDecimal("0.1"))
                        .toPlainString();
        expect(
                MIA.post(
                        "/api/implants/" + serial + "/mass",
                        """
                {"value":%s,"unit":"g","reason":"weighed again on the calibrated balance"}"""
                                .formatted(mass)),
                200);
        browser.open("/qa/review.xhtml?serial=" + serial + "&sign=release");
        assertThat(browser.text("readiness")).isEqualTo("Evaluation out of date: evaluate again");
        assertThat(browser.text("outdated"))
                .contains("has changed since it was made", "evaluate the implant again");
        assertThat(browser.all(By.id("release-open"))).isEmpty();
        assertThat(browser.all(By.id("sign:submit"))).isEmpty();
        assertThat(expect(QUINN.post("/api/implants/" + serial + "/release", SIGNING), 409).text())
                .contains("has changed since it was made");
        assertThat(status(serial)).isEqualTo("EVALUATED");

        submit(browser, "evaluate:submit");
        assertThat(browser.text("page-messages")).contains("0 FAIL, 0 MISSING");

        // the QA manager weighed it: four eyes, told on the page before anyone signs, and refused
        // by the release
        browser.click("session:logout");
        login(browser, "mia.qamanager").open("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.text("readiness")).isEqualTo("Not yours to release");
        assertThat(browser.text("obstacles")).contains("Four eyes", "mia.qamanager");
        assertThat(browser.all(By.id("release-open"))).isEmpty();
        expect(
                MIA.post(
                        "/api/implants/" + serial + "/release",
                        """
                {"password":"mia.qamanager-demo","zone":"UTC"}"""),
                403);
        assertThat(status(serial)).isEqualTo("EVALUATED");
        expect(QUINN.get("/api/implants/" + serial + "/decision"), 404);
    }

    @Test
    void aFailOpensAReportFirstInTheReviewAndScrappingItRejectsTheImplant(Browser browser) {
        String serial = Plant.implants(1).recorded().serial();
        var mass =
                expect(QUINN.get("/api/implants/" + serial), 200)
                        .json()
                        .getJsonObject("measuredMass")
                        .getJsonNumber("value")
                        .bigDecimalValue();
        expect(
                Api.as("oscar.operator", "oscar.operator-demo")
                        .post(
                                "/api/implants/" + serial + "/mass",
                                """
                {"value":%s,"unit":"g","reason":"weighed with the fixture still attached"}"""
                                        .formatted(
                                                mass.multiply(new BigDecimal("1.5"))
                                                        .toPlainString())),
                200);

        login(browser, "quinn.qa").open("/qa/review.xhtml?serial=" + serial);
        submit(browser, "evaluate:submit");
        assertThat(browser.text("page-messages")).contains("each FAIL has a nonconformance report");
        assertThat(browser.text("readiness")).isEqualTo("Not releasable");
        assertThat(browser.text("verdict")).isEqualTo("NOT_RELEASABLE");
        WebElement first = browser.waitFor(By.cssSelector("#blocking tbody tr"));
        assertThat(first.getAttribute("class")).as("FAIL comes first").contains("FAIL");
        assertThat(browser.all(By.cssSelector("#blocking tr.finding-FAIL[data-check='DES-MASS']")))
                .hasSize(1);
        assertThat(browser.element("passed").getAttribute("open"))
                .as("the passed checks are collapsed")
                .isNull();
        browser.waitFor(By.cssSelector("article.ncr"));
        WebElement report =
                browser.all(By.cssSelector("article.ncr")).stream()
                        .filter(r -> r.getText().contains("DES-MASS"))
                        .findFirst()
                        .orElseThrow();
        assertThat(report.getText()).contains("OPEN", "DES-MASS", "Release check DES-MASS failed");
        String number = report.getAttribute("data-number");

        // no Release while the FAIL stands: the report is the next action, and the release refuses
        // as the page says
        assertThat(browser.all(By.id("release-open"))).isEmpty();
        assertThat(browser.element("ncr-open").getAttribute("class")).contains("primary");
        assertThat(expect(QUINN.post("/api/implants/" + serial + "/release", SIGNING), 422).text())
                .contains("prevent the release", "DES-MASS");
        assertThat(status(serial)).isEqualTo("EVALUATED");

        String form =
                browser.waitFor(
                                By.cssSelector(
                                        "article.ncr[data-number='" + number + "'] textarea"))
                        .getAttribute("id")
                        .replace(":justification", ":");
        browser.type(
                form + "justification",
                "Mass 50 % above the design: material in the lattice, not reworkable");
        submit(browser, form + "scrap");
        // the page asks before it closes the report for good, showing what will be recorded
        assertThat(browser.text("ncr-confirmation"))
                .contains("Close " + number + " with SCRAP", "not reworkable");
        assertThat(status(serial)).isEqualTo("EVALUATED");
        submit(browser, form + "confirm");
        assertThat(browser.text("page-messages")).contains(number + " closed: SCRAP", "rejected");
        assertThat(browser.text("implant-status")).isEqualTo("REJECTED");
        assertThat(status(serial)).isEqualTo("REJECTED");
        assertThat(ncrStatus(number)).isEqualTo("CLOSED");
        assertThat(browser.all(By.id("release-open"))).isEmpty();
    }

    @Test
    @Tag("CFR-11.10g")
    void otherRolesGetNeitherTheReviewNorTheCertificate(Browser browser) throws Exception {
        String serial = Plant.implants(1).released().serial();
        browser.loginAs("OPERATOR");
        browser.open("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.pageText()).contains("not allowed");

        HttpResponse<byte[]> pdf =
                fetch(browser, Api.BASE + "/qa/certificate.pdf?serial=" + serial);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).doesNotContain("pdf"));
        assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("not allowed");
    }

    @Test
    void anUnknownImplantIsSaid(Browser browser) {
        login(browser, "quinn.qa").open("/qa/review.xhtml?serial=CW-NO-SUCH-IMPLANT");

        assertThat(browser.text("page-messages"))
                .contains("There is no implant CW-NO-SUCH-IMPLANT");
        assertThat(browser.all(By.id("evaluate:submit"))).isEmpty();
    }

    /** A download as the browser's session gets it. */
    private static HttpResponse<byte[]> fetch(Browser browser, String url) throws Exception {
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

    private static String status(String serial) {
        return expect(QUINN.get("/api/implants/" + serial), 200).json().getString("status");
    }

    private static String ncrStatus(String number) {
        return expect(QUINN.get("/api/nonconformances/" + number), 200).json().getString("status");
    }
}
