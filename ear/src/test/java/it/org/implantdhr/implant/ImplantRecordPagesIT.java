package it.org.implantdhr.implant;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.Plant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The QA work queue and the implant record page in a real browser, on defective implants of each
 * test's own (a {@link Plant} with one deliberate defect, only read and evaluated here, never
 * decided): the queue puts them in their sections, the record shows the failing check with its
 * explanation and the plot that shows why, raw files download byte for byte, a regulator reads
 * without the release link, an operator is kept out.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class ImplantRecordPagesIT {

    private static final Api QA = Api.as("quinn.qa", "quinn.qa-demo");
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /**
     * The implant of a plant of its own with the plan's defect, evaluated by QA (each FAIL opens
     * its report).
     */
    private static String evaluated(Plant plan) {
        String serial = plan.recorded().serial();
        Plant.evaluate(serial);
        return serial;
    }

    /** A load thermocouple dipped out of the band mid-soak: HT-SOAK fails. */
    private static String dipInSoak() {
        return evaluated(Plant.implants(1).thermocoupleDipInSoak());
    }

    private static List<WebElement> rows(Browser browser, String section, String serial) {
        return browser.all(By.cssSelector("#" + section + " tr[data-serial='" + serial + "']"));
    }

    @Test
    @Tag("ISO13485-7.5.8")
    void qaSeesDefectiveImplantsInTheirGroupsOfTheQueue(Browser browser) {
        String reported =
                Plant.implants(1)
                        .openNonconformance(
                                "Marking on the plate edge is partly illegible after blasting; re-marking or concession to be decided.")
                        .recorded()
                        .serial();
        String dip = dipInSoak();
        String hole = evaluated(Plant.implants(1).oversizeHole());
        String excursion = evaluated(Plant.implants(1).oxygenExcursion());

        browser.loginAs("QA");
        assertThat(browser.currentPath()).as("QA starts at the queue").isEqualTo("/qa/queue.xhtml");
        for (String group :
                List.of(
                        "queue-awaiting-evidence",
                        "queue-ready-to-evaluate",
                        "queue-ready-to-sign",
                        "queue-blocked",
                        "queue-released")) {
            assertThat(browser.all(By.id(group))).as(group).hasSize(1);
        }

        search(browser, reported);
        assertThat(rows(browser, "queue-blocked", reported))
                .as("an open report")
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(
                                                row.findElement(By.cssSelector("a.next-action"))
                                                        .getText())
                                        .startsWith("Disposition NCR-"));
        search(browser, dip);
        assertThat(rows(browser, "queue-blocked", dip))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("HT-SOAK", "NOT_RELEASABLE"));
        search(browser, hole);
        assertThat(rows(browser, "queue-blocked", hole))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("DIM-CRITICAL"));
        search(browser, excursion);
        assertThat(rows(browser, "queue-blocked", excursion))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("BLD-O2", "NOT_RELEASABLE"));
        assertThat(browser.all(By.cssSelector("tr[data-serial='" + excursion + "']")))
                .as("in one group only")
                .hasSize(1);

        // whatever other tests did to the shared database: every implant awaiting evidence names
        // what is missing
        browser.follow(browser.element("filter-AWAITING_EVIDENCE"));
        browser.type("q", "").submit("search-submit");
        assertThat(browser.all(By.cssSelector("section.queue-section"))).hasSize(1);
        assertThat(
                        browser.all(
                                By.cssSelector(
                                        "#queue-awaiting-evidence tr[data-serial] td.detail")))
                .allSatisfy(detail -> assertThat(detail.getText()).startsWith("missing: "));

        browser.follow(browser.element("filter-ALL"));
        assertThat(browser.all(By.cssSelector("section.queue-section"))).hasSize(5);
        search(browser, dip);
        browser.follow(
                rows(browser, "queue-blocked", dip)
                        .get(0)
                        .findElement(By.cssSelector("a.record-link")));
        assertThat(browser.text("serial")).isEqualTo(dip);
        assertThat(browser.text("readiness")).isEqualTo("Not releasable");
        assertThat(browser.element("ncr-link").getText()).startsWith("Disposition NCR-");
        assertThat(browser.all(By.id("sign-link"))).as("no release on a blocked implant").isEmpty();
    }

    /** Searches the queue through its form (all groups). */
    private static void search(Browser browser, String text) {
        if (browser.all(By.id("q")).isEmpty()) {
            browser.follow(browser.element("nav-queue"));
        }
        browser.type("q", text).submit("search-submit");
    }

    @Test
    void theRecordOfAnImplantWithAShortSoakShowsTheFailureAndTheFurnaceCurve(Browser browser) {
        String serial = dipInSoak();
        browser.loginAs("QA").open("/record/implant.xhtml?serial=" + serial);

        WebElement soak = browser.waitFor(By.cssSelector("#findings tr[data-check='HT-SOAK']"));
        assertThat(soak.getAttribute("data-outcome")).isEqualTo("FAIL");
        assertThat(soak.findElement(By.cssSelector("td.sentence")).getText()).isNotBlank();
        assertThat(browser.all(By.cssSelector("#plot-furnace svg#furnace-curve"))).hasSize(1);
        assertThat(browser.all(By.id("furnace-band"))).hasSize(1);
        assertThat(browser.all(By.id("furnace-soak"))).hasSize(1);
        assertThat(browser.all(By.cssSelector("#furnace-curve polyline.trace"))).isNotEmpty();
        assertThat(browser.all(By.id("furnace-peak"))).hasSize(1);
        assertThat(
                        browser.all(By.cssSelector("#release-actions a#review-link"))
                                .get(0)
                                .getAttribute("href"))
                .endsWith("/qa/review.xhtml?serial=" + serial);
        assertThat(browser.element("bundle-link").getAttribute("href"))
                .endsWith("/record/bundle?serial=" + serial);
        assertThat(
                        browser.all(
                                By.cssSelector(
                                        "#steps article.step[data-kind='heat-treatment run'] a.evidence-download")))
                .as("the furnace chart's raw file")
                .hasSize(1);
        System.out.printf(
                "record page of %s: %d characters%n",
                serial, browser.driver().getPageSource().length());
    }

    @Test
    void theRecordOfAnImplantWithAnOxygenExcursionMarksItOnTheOxygenPlot(Browser browser) {
        String serial = evaluated(Plant.implants(1).oxygenExcursion());
        browser.loginAs("QA").open("/record/implant.xhtml?serial=" + serial);

        browser.waitFor(By.id("findings"));
        assertThat(
                        browser.all(
                                By.cssSelector(
                                        "#findings tr[data-check='BLD-O2'][data-outcome='FAIL']")))
                .as("one finding per parameter; the excursion's fails")
                .isNotEmpty();
        assertThat(browser.all(By.id("oxygen-threshold"))).hasSize(1);
        List<WebElement> excursions =
                browser.all(By.cssSelector("#oxygen-per-layer rect.excursion"));
        assertThat(excursions).isNotEmpty();
        assertThat(excursions.get(0).findElement(By.tagName("title")).getAttribute("textContent"))
                .contains("excursion", "ppm");
    }

    @Test
    void theRecordOfAnImplantWithAnOversizeHoleShowsTheFailingCriticalCharacteristic(
            Browser browser) {
        String serial = evaluated(Plant.implants(1).oversizeHole());
        browser.loginAs("QA").open("/record/implant.xhtml?serial=" + serial);

        browser.waitFor(By.id("findings"));
        assertThat(
                        browser.all(
                                By.cssSelector(
                                        "#findings tr[data-check='DIM-CRITICAL'][data-outcome='FAIL']")))
                .isNotEmpty();
        List<WebElement> failing = browser.all(By.cssSelector("#deviations g.characteristic.fail"));
        assertThat(failing)
                .singleElement()
                .satisfies(
                        g -> {
                            assertThat(g.getAttribute("class")).contains("critical");
                            assertThat(g.getAttribute("data-name")).startsWith("HOLE-");
                        });
        assertThat(browser.all(By.cssSelector("#deviations g.characteristic.pass"))).isNotEmpty();
    }

    @Test
    @Tag("CFR-11.10b")
    void aRawFileDownloadsFromTheRecordPageByteForByteAsTheApiServesIt(Browser browser)
            throws Exception {
        String serial = Plant.implants(1).recorded().serial();
        browser.loginAs("QA").open("/record/implant.xhtml?serial=" + serial);
        WebElement link =
                browser.waitFor(
                        By.cssSelector(
                                "#steps article.step[data-kind='dimensional inspection'] a.evidence-download"));
        String cookie =
                "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<byte[]> download =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        long inspectionId =
                QA.get("/api/implants/" + serial + "/inspections")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
        var fromApi = QA.get("/api/inspections/" + inspectionId + "/file");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(fromApi.status()).isEqualTo(200);
        assertThat(sha256(download.body()))
                .isEqualTo(sha256(fromApi.body()))
                .isEqualTo(link.getAttribute("data-sha256"));

        HttpResponse<byte[]> withoutSession =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(withoutSession.statusCode()).as("no session, no file").isNotEqualTo(200);
    }

    @Test
    void aReleasedImplantsCertificateOpensFromItsRecordAndItIsListedAsReleasedToday(Browser browser)
            throws Exception {
        String serial = Plant.implants(1).released().serial();
        browser.loginAs("REGULATOR").open("/record/implant.xhtml?serial=" + serial);
        String cookie =
                "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        assertThat(browser.text("decision")).contains("RELEASED", "RELEASE");
        HttpResponse<byte[]> pdf =
                HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                browser.element("certificate-link")
                                                        .getAttribute("href")))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(sha256(pdf.body()))
                .isEqualTo(sha256(QA.get("/api/certificates/" + serial).body()));

        var decision = QA.get("/api/implants/" + serial + "/decision").json();
        boolean today =
                decision.getString("decidedAt")
                        .startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        browser.submit("session:logout");
        browser.waitFor(By.id("logged-out"));
        browser.loginAs("QA");
        search(browser, serial);
        assertThat(rows(browser, "queue-released", serial))
                .as("released " + (today ? "today" : "earlier"))
                .hasSize(1);
    }

    @Test
    @Tag("CFR-11.10g")
    void aRegulatorReadsTheRecordButIsOfferedNoRelease(Browser browser) {
        String serial = dipInSoak();
        browser.loginAs("REGULATOR").submit("nav-implants");
        browser.type("q", serial.substring(0, serial.lastIndexOf('-') + 1)).submit("search-submit");
        browser.follow(
                browser.waitFor(
                        By.cssSelector(
                                "#implants tr[data-serial='" + serial + "'] a.record-link")));

        assertThat(browser.text("serial")).isEqualTo(serial);
        assertThat(browser.all(By.cssSelector("#findings tr[data-check='HT-SOAK']"))).hasSize(1);
        assertThat(browser.all(By.id("furnace-curve"))).hasSize(1);
        assertThat(browser.all(By.id("review-link"))).isEmpty();
        assertThat(browser.all(By.id("bundle-link"))).hasSize(1);
    }

    @Test
    void theImplantListFiltersByTextAndStatusInTheDatabase(Browser browser) {
        List<String> serials = Plant.implants(2).recorded().serials();
        Plant.evaluate(serials.get(0));
        String prefix = serials.get(0).substring(0, serials.get(0).lastIndexOf('-') + 1);
        browser.loginAs("QA")
                .open("/record/implants.xhtml?q=" + prefix.toLowerCase() + "&status=EVALUATED");

        List<WebElement> rows = browser.all(By.cssSelector("#implants tr[data-serial]"));
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(
                        r -> {
                            assertThat(r.getAttribute("data-serial")).startsWith(prefix);
                            assertThat(r.getText()).contains("EVALUATED");
                        });
        assertThat(rows)
                .extracting(r -> r.getAttribute("data-serial"))
                .as("the evaluated implant, not the one only recorded")
                .containsExactly(serials.get(0));

        browser.open("/record/implants.xhtml?status=UNICORN");
        assertThat(browser.text("status-error")).contains("status");
    }

    @Test
    void anUnknownSerialIsSaidSo(Browser browser) {
        browser.loginAs("QA").open("/record/implant.xhtml?serial=NO-SUCH-IMPLANT");

        assertThat(browser.text("page-messages")).contains("There is no implant NO-SUCH-IMPLANT");
    }

    @Test
    @Tag("CFR-11.10g")
    void anOperatorIsKeptOutOfTheRecordsAndTheirFiles(Browser browser) throws Exception {
        String serial = Plant.implants(1).recorded().serial();
        browser.loginAs("OPERATOR").open("/record/implant.xhtml?serial=" + serial);
        assertThat(browser.text("forbidden")).contains("other roles");

        String cookie =
                "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        long fileId =
                QA.get("/api/implants/" + serial + "/inspections")
                        .array()
                        .getJsonObject(0)
                        .getJsonObject("file")
                        .getJsonNumber("fileId")
                        .longValue();
        HttpResponse<byte[]> file =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/record/evidence/" + fileId))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        String fileSha256 =
                QA.get("/api/implants/" + serial + "/inspections")
                        .array()
                        .getJsonObject(0)
                        .getJsonObject("file")
                        .getString("sha256");
        System.out.printf(
                "an operator asking for /record/evidence/%d: HTTP %d%n", fileId, file.statusCode());
        assertThat(sha256(file.body())).as("not the file").isNotEqualTo(fileSha256);
        assertThat(new String(file.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("not allowed");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
