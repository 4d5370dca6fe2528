package it.org.implantdhr.release;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.release.ReviewPageSteps.acknowledgeEveryWarning;
import static it.org.implantdhr.release.ReviewPageSteps.login;
import static it.org.implantdhr.release.ReviewPageSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * QA's way from the work queue to a signed release in a real browser, clicking only (no address
 * typed after the login): the queue groups the implants by their next action, each row leads to it,
 * and the readiness the pages show is the one the release answers by — "releasable, awaiting the
 * release signature" apart from "not releasable", and a blocked implant offered its nonconformance
 * report, never a release.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class QueuePagesIT {

    private static final Api QUINN = Api.as("quinn.qa", "quinn.qa-demo");

    @Test
    @Tag("CFR-11.50")
    @Tag("ISO13485-8.2.6")
    void qaGoesFromTheQueueToAnEvaluationAndASignedReleaseByClickingOnly(Browser browser) {
        String serial = Plant.implants(1).recorded().serial();
        login(browser, "quinn.qa");
        assertThat(browser.currentPath()).as("QA starts at the queue").isEqualTo("/qa/queue.xhtml");

        search(browser, serial);
        WebElement row = row(browser, "queue-ready-to-evaluate", serial);
        assertThat(row.getText()).contains("not evaluated yet");
        WebElement evaluate = row.findElement(By.cssSelector("a.next-action"));
        assertThat(evaluate.getText()).isEqualTo("Evaluate");
        browser.follow(evaluate);

        assertThat(browser.currentPath()).startsWith("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.all(By.id("release-open")))
                .as("nothing to sign before an evaluation")
                .isEmpty();
        submit(browser, "evaluate:submit");
        assertThat(browser.text("page-messages")).contains("0 FAIL, 0 MISSING");
        assertThat(browser.text("verdict")).isEqualTo("AWAITING_RELEASE_SIGNATURE");

        // back to the queue by its link: the implant waits for its signature now
        browser.follow(browser.element("nav-queue"));
        search(browser, serial);
        row = row(browser, "queue-ready-to-sign", serial);
        assertThat(row.findElement(By.cssSelector(".badge")).getText())
                .isEqualTo("AWAITING_RELEASE_SIGNATURE");
        browser.follow(row.findElement(By.cssSelector("a.next-action")));

        acknowledgeEveryWarning(browser, "Reviewed against the drawing; acceptable");
        assertThat(browser.text("readiness"))
                .isEqualTo("Releasable, awaiting the release signature");
        browser.follow(browser.element("release-open"));
        assertThat(browser.text("sign-meaning")).contains("RELEASE", serial);
        browser.type("sign:password", "quinn.qa-demo");
        submit(browser, "sign:submit");

        assertThat(browser.currentPath()).startsWith("/qa/certificate.xhtml?serial=" + serial);
        assertThat(browser.text("certificate-status")).isEqualTo("ISSUED");
        assertThat(status(serial)).isEqualTo("RELEASED");

        // released: the queue leads to the certificate
        browser.follow(browser.element("nav-queue"));
        search(browser, serial);
        row = row(browser, "queue-released", serial);
        assertThat(row.getText()).contains("by quinn.qa");
        browser.follow(row.findElement(By.cssSelector("a.next-action")));
        assertThat(browser.currentPath()).startsWith("/qa/certificate.xhtml?serial=" + serial);
    }

    @Test
    void aBlockedImplantOffersItsNonconformanceReportAndNoRelease(Browser browser) {
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
        JsonObject evaluation =
                expect(QUINN.post("/api/implants/" + serial + "/evaluations", ""), 201).json();
        assertThat(evaluation.getString("verdictShown")).isEqualTo("NOT_RELEASABLE");
        assertThat(evaluation.getJsonObject("readiness").getString("state"))
                .isEqualTo("NOT_RELEASABLE");
        assertThat(evaluation.getJsonObject("readiness").getBoolean("readyToSign")).isFalse();

        login(browser, "quinn.qa");
        search(browser, serial);
        WebElement row = row(browser, "queue-blocked", serial);
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("NOT_RELEASABLE");
        assertThat(row.getText()).contains("DES-MASS");
        WebElement next = row.findElement(By.cssSelector("a.next-action"));
        assertThat(next.getText()).startsWith("Disposition NCR-");
        String report = next.getText().substring("Disposition ".length());
        browser.follow(next);

        assertThat(browser.currentPath()).startsWith("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.element("ncr-" + report).getText()).contains("OPEN", "DES-MASS");
        assertThat(browser.element("ncr-open").getAttribute("class")).contains("primary");
        assertThat(browser.text("readiness")).isEqualTo("Not releasable");
        assertThat(browser.text("obstacles")).contains("FAIL DES-MASS");
        assertThat(browser.text("verdict")).isEqualTo("NOT_RELEASABLE");
        assertThat(browser.all(By.id("release-open")))
                .as("no Release on a blocked implant")
                .isEmpty();

        // the signature section is not opened by its address either
        browser.open("/qa/review.xhtml?serial=" + serial + "&sign=release");
        assertThat(browser.all(By.id("sign:submit"))).isEmpty();

        browser.follow(browser.element("record-link"));
        assertThat(browser.text("readiness")).isEqualTo("Not releasable");
        assertThat(browser.element("ncr-link").getText()).isEqualTo("Disposition " + report);
        assertThat(browser.element("ncr-link").getAttribute("class")).contains("primary");
        assertThat(browser.all(By.id("sign-link"))).isEmpty();

        // and the release answers as the pages said
        expect(
                QUINN.post(
                        "/api/implants/" + serial + "/release",
                        "{\"password\":\"quinn.qa-demo\",\"zone\":\"UTC\"}"),
                422);
        assertThat(status(serial)).isEqualTo("EVALUATED");
    }

    @Test
    void readyToSignIsToldApartFromNotReleasableAndTheSignatureChecksAreNoObstacle(
            Browser browser) {
        String serial = Plant.implants(1).recorded().serial();
        JsonObject evaluation =
                expect(QUINN.post("/api/implants/" + serial + "/evaluations", ""), 201).json();
        assertThat(evaluation.getString("verdict"))
                .as("the stored verdict stays the rules'")
                .isEqualTo("NOT_RELEASABLE");
        assertThat(evaluation.getString("verdictShown")).isEqualTo("AWAITING_RELEASE_SIGNATURE");
        JsonObject readiness =
                expect(QUINN.get("/api/implants/" + serial + "/readiness"), 200).json();
        boolean warnings =
                evaluation.getJsonArray("findings").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(f -> f.getString("outcome").equals("WARN"));
        assertThat(readiness.getString("state"))
                .isEqualTo(warnings ? "WARNINGS_TO_ACKNOWLEDGE" : "READY_TO_SIGN");

        login(browser, "quinn.qa");
        search(browser, serial);
        WebElement row = row(browser, "queue-ready-to-sign", serial);
        assertThat(row.findElement(By.cssSelector(".badge")).getText())
                .isEqualTo("AWAITING_RELEASE_SIGNATURE");
        browser.follow(row.findElement(By.cssSelector("a.record-link")));

        assertThat(browser.text("verdict")).isEqualTo("AWAITING_RELEASE_SIGNATURE");
        assertThat(browser.text("finding-counts")).contains("0 FAIL, 0 MISSING");
        assertThat(browser.text("awaiting-signature")).contains("REC-FOUR-EYES", "REC-SIGNATURE");
        assertThat(browser.all(By.id("ncr-link"))).isEmpty();

        // someone else's acknowledgements do not make it ready for quinn: only the acknowledger may
        // sign
        if (warnings) {
            long id = evaluation.getJsonNumber("id").longValue();
            for (JsonObject f : evaluation.getJsonArray("findings").getValuesAs(JsonObject.class)) {
                if (f.getString("outcome").equals("WARN")) {
                    expect(
                            Api.as("mia.qamanager", "mia.qamanager-demo")
                                    .post(
                                            "/api/evaluations/"
                                                    + id
                                                    + "/findings/"
                                                    + f.getJsonNumber("id").longValue()
                                                    + "/acknowledgement",
                                            "{\"comment\":\"acceptable\"}"),
                            200);
                }
            }
            assertThat(
                            expect(QUINN.get("/api/implants/" + serial + "/readiness"), 200)
                                    .json()
                                    .getString("state"))
                    .isEqualTo("WARNINGS_TO_ACKNOWLEDGE");
            browser.open("/record/implant.xhtml?serial=" + serial);
            assertThat(browser.text("obstacles")).contains("acknowledged by mia.qamanager");
            assertThat(browser.all(By.id("sign-link"))).isEmpty();
            expect(
                    QUINN.post(
                            "/api/implants/" + serial + "/release",
                            "{\"password\":\"quinn.qa-demo\",\"zone\":\"UTC\"}"),
                    422);
            assertThat(
                            expect(
                                            Api.as("mia.qamanager", "mia.qamanager-demo")
                                                    .get("/api/implants/" + serial + "/readiness"),
                                            200)
                                    .json()
                                    .getBoolean("readyToSign"))
                    .isTrue();
        } else {
            assertThat(browser.element("sign-link").getAttribute("class")).contains("primary");
        }
    }

    @Test
    void anImplantAwaitingEvidenceNamesWhatIsMissing(Browser browser) {
        String serial = CaseFixtures.newImplant();

        login(browser, "quinn.qa");
        search(browser, serial);
        WebElement row = row(browser, "queue-awaiting-evidence", serial);
        assertThat(row.getText())
                .contains("missing:", "build", "heat treatment", "dimensional inspection");
        assertThat(
                        browser.all(
                                By.cssSelector(
                                        "#queue-ready-to-evaluate tr[data-serial='"
                                                + serial
                                                + "']")))
                .isEmpty();

        // the group filter shows that group only, paged
        browser.follow(browser.element("filter-AWAITING_EVIDENCE"));
        assertThat(browser.all(By.cssSelector("section.queue-section"))).hasSize(1);
        assertThat(browser.text("page-number")).isEqualTo("page 1");
        assertThat(
                        browser.all(
                                By.cssSelector(
                                        "#queue-awaiting-evidence tr[data-serial='"
                                                + serial
                                                + "']")))
                .hasSize(1);
    }

    private static void search(Browser browser, String text) {
        if (browser.all(By.id("q")).isEmpty()) {
            browser.follow(browser.element("nav-queue"));
        }
        browser.type("q", text).submit("search-submit");
    }

    private static WebElement row(Browser browser, String section, String serial) {
        List<WebElement> rows =
                browser.all(By.cssSelector("#" + section + " tr[data-serial='" + serial + "']"));
        assertThat(rows)
                .as(serial + " in " + section + " of: " + browser.text("queue-filter"))
                .hasSize(1);
        return rows.get(0);
    }

    private static String status(String serial) {
        return expect(QUINN.get("/api/implants/" + serial), 200).json().getString("status");
    }
}
