package it.org.implantdhr.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.bundle.BundleContents;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A regulator's work in a real browser, read-only: the audit trail searched by person, record and
 * date with old and new values, the chain verified, an implant traced back to its powder lot and
 * the lot forward to its implants, and the evidence bundle of a released implant downloaded — with
 * no button anywhere that would change a record.
 *
 * <p>On a plant of this class's own ({@link Plant}): one implant released, one never evaluated; no
 * test changes them. The trace builds a plant of its own as well, whose powder lot reaches one
 * implant only.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class RegulatorPagesIT {

    /**
     * The only buttons a regulator meets on these pages: searching, verifying, tracing, signing a
     * checkpoint of the audit chain (a signed statement of what the chain is; it changes no record)
     * and checking one, and logging out.
     */
    private static final Set<String> READ_ONLY_BUTTONS =
            Set.of(
                    "Search",
                    "Verify the chain",
                    "Sign a checkpoint now",
                    "Check the checkpoint",
                    "Trace back",
                    "Trace forward",
                    "Log out");

    private static Plant.Recorded plant;
    private static String released;
    private static String undecided;

    @BeforeAll
    static void aPlantOfOurOwnWithOneImplantReleasedAndOneUndecided() {
        plant = Plant.implants(2).recorded();
        released = plant.serials().get(0);
        undecided = plant.serials().get(1);
        Plant.release(released);
    }

    private static Browser asRegulator(Browser browser) {
        return browser.loginAs("rita.regulator", "rita.regulator-demo");
    }

    @Test
    @Tag("CFR-11.10e")
    void theAuditTrailIsSearchedByPersonAndRecordAndShowsOldAndNewValues(Browser browser) {
        String serial = released;
        long implantId = implantRecordId(serial);
        asRegulator(browser).submit("nav-audit");
        browser.element("search");

        browser.type("search-actor", "quinn.qa")
                .type("search-recordType", "Implant")
                .type("search-recordId", Long.toString(implantId))
                .submit("search-submit");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#entries tr.entry"));
        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .allSatisfy(
                        row -> {
                            assertThat(row.findElement(By.className("actor")).getText())
                                    .isEqualTo("quinn.qa");
                            assertThat(row.findElement(By.className("record")).getText())
                                    .contains("Implant " + serial);
                        });
        WebElement released =
                rows.stream()
                        .filter(r -> r.getText().contains("released, signature"))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no release among " + rows.size() + " entries"));
        assertThat(released.findElement(By.className("field-name")).getText()).isEqualTo("status");
        assertThat(released.findElement(By.className("old")).getText()).isEqualTo("EVALUATED");
        assertThat(released.findElement(By.className("new")).getText()).isEqualTo("RELEASED");
        assertThat(browser.pageText()).doesNotContain("olga.operator");

        // the record's whole history, from the record link
        browser.follow(released.findElement(By.className("record")));
        assertThat(browser.currentPath())
                .contains("recordType=Implant")
                .contains("recordId=" + implantId)
                .doesNotContain("actor=");
        List<WebElement> history =
                browser.driver().findElements(By.cssSelector("#entries tr.entry"));
        assertThat(history.size()).isGreaterThan(rows.size());
        // newest first: the record's creation is the last of its history
        WebElement created = history.get(history.size() - 1);
        assertThat(created.findElement(By.className("action")).getText()).isEqualTo("CREATE");
        assertThat(
                        created.findElements(By.cssSelector("th.field-name")).stream()
                                .map(WebElement::getText))
                .as("a created record shows its fields one per line")
                .contains("serialNumber", "status");
        assertThat(created.getText()).contains(serial);
        assertNoButtonChangesAnything(browser);
    }

    @Test
    @Tag("CFR-11.10e")
    @Tag("CFR-11.10b")
    void theSearchForAnImplantFindsItsWholeHistoryByNameNewestFirstAndExportsIt(Browser browser)
            throws Exception {
        String serial = released;
        var entries =
                Api.expect(Plant.RITA.get("/api/audit?limit=1000&label=" + serial), 200)
                        .array()
                        .getValuesAs(JsonObject.class);
        assertThat(entries.stream().map(e -> e.getString("recordType")).collect(Collectors.toSet()))
                .as("the implant and the records that belong to it")
                .contains(
                        "Implant",
                        "ImplantCase",
                        "Design",
                        "Build",
                        "PowderLot",
                        "HeatTreatmentRun",
                        "DimensionalInspection",
                        "ReleaseEvaluation",
                        "ReleaseDecision",
                        "ElectronicSignature",
                        "ReleaseCertificate");
        List<Long> seqs =
                entries.stream()
                        .filter(e -> !e.isNull("seq"))
                        .map(e -> e.getJsonNumber("seq").longValue())
                        .toList();
        assertThat(seqs).as("newest first").isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(
                        Api.expect(
                                        Plant.RITA.get(
                                                "/api/audit?order=oldest&limit=1000&label="
                                                        + serial),
                                        200)
                                .array())
                .hasSameSizeAs(entries);
        Api.expectProblem(Plant.RITA.get("/api/audit?order=sideways"), 400, "order");

        // references by name: the implant's entries name its build, not the build's id
        assertThat(
                        entries.stream()
                                .filter(e -> e.getString("recordType").equals("Implant"))
                                .flatMap(e -> e.getJsonObject("references").entrySet().stream())
                                .filter(r -> r.getKey().startsWith("buildId "))
                                .map(r -> ((jakarta.json.JsonString) r.getValue()).getString()))
                .as("the implant's buildId named")
                .isNotEmpty()
                .allMatch(plant.build()::equals);

        // the same search as CSV (RFC 4180), named after the search
        var csv = Plant.RITA.get("/api/audit/export?label=" + serial);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = List.of(csv.text().split("\r\n", -1));
        assertThat(lines.get(0)).startsWith("seq,occurredAt,actor,action,recordType,recordId");
        assertThat(lines.get(lines.size() - 1)).as("every line ends with CRLF").isEmpty();
        assertThat(csv.text()).contains(plant.build());

        // on the page: the build by its number, and the export link of the same search
        asRegulator(browser).open("/record/audit.xhtml?label=" + serial);
        List<String> records =
                browser.driver().findElements(By.cssSelector("#entries tr.entry .record")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(records).anySatisfy(r -> assertThat(r).startsWith("Build " + plant.build()));
        assertThat(records).anySatisfy(r -> assertThat(r).startsWith("ReleaseCertificate"));
        assertThat(browser.element("export-csv").getAttribute("href"))
                .endsWith("/record/audit.csv?label=" + serial);
        assertNoButtonChangesAnything(browser);
    }

    @Test
    @Tag("CFR-11.10e")
    void aBuildOrALotNumberFindsTheRecordsThatBelongToIt() {
        assertThat(recordTypesFoundBy(plant.build()))
                .as("the build and its build log")
                .contains("Build", "EvidenceFile")
                .doesNotContain("Implant");
        assertThat(recordTypesFoundBy(plant.powderLot())).contains("PowderLot");
    }

    private static Set<String> recordTypesFoundBy(String label) {
        return Api.expect(Plant.RITA.get("/api/audit?limit=1000&label=" + label), 200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("recordType"))
                .collect(Collectors.toSet());
    }

    @Test
    void anUnknownLotAnswers404InTheApi() {
        Api.expectProblem(Plant.RITA.get("/api/trace/powder-lots/PL-NOPE"), 404, "PL-NOPE");
        Api.expectProblem(Plant.RITA.get("/api/trace/builds/B-NOPE"), 404, "B-NOPE");
        // a lot that exists answers with the implants it reached
        Api.expect(Plant.RITA.get("/api/trace/powder-lots/" + plant.powderLot()), 200);
    }

    @Test
    void aCaseIsFoundByItsNumberWithTheRecordsNamedAfterIt(Browser browser) {
        String serial = released;
        String caseNumber =
                Plant.QUINN.get("/api/implants/" + serial).json().getString("caseNumber");
        asRegulator(browser).submit("nav-audit");

        browser.type("search-label", caseNumber).submit("search-submit");

        List<String> records =
                browser.driver().findElements(By.cssSelector("#entries tr.entry .record")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r).contains(caseNumber));
        assertThat(records)
                .anySatisfy(r -> assertThat(r).startsWith("ImplantCase " + caseNumber))
                .anySatisfy(r -> assertThat(r).startsWith("Design " + caseNumber + " design"));
        assertThat(browser.element("search-label").getAttribute("value")).isEqualTo(caseNumber);
    }

    @Test
    void aDateRangeNarrowsTheSearchAndAWrongOneIsToldNextToItsField(Browser browser) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        asRegulator(browser)
                .open(
                        "/record/audit.xhtml?actor=rita.regulator&from="
                                + today.minusDays(1)
                                + "&to="
                                + today);
        assertThat(browser.element("search-from").getAttribute("value"))
                .isEqualTo(today.minusDays(1).toString());

        browser.open("/record/audit.xhtml?actor=quinn.qa&from=" + today.plusYears(5));
        assertThat(browser.text("no-entries")).isEqualTo("No entry matches.");

        browser.open("/record/audit.xhtml?from=" + today + "&to=" + today.minusDays(3));
        assertThat(browser.text("search-to-error"))
                .isEqualTo("The last day is before the first day.");
        browser.open("/record/audit.xhtml?from=yesterday&recordId=twelve");
        assertThat(browser.text("search-from-error")).startsWith("Enter a date as YYYY-MM-DD");
        assertThat(browser.text("search-recordId-error")).contains("whole number");
        assertThat(browser.text("search-recordType-error")).contains("type of the record");
    }

    @Test
    @Tag("CFR-11.10e")
    void theChainVerificationRunsOnRequestAndFindsTheChainIntact(Browser browser) {
        asRegulator(browser).submit("nav-audit");
        assertThat(browser.all(By.id("verification"))).as("not run before asked").isEmpty();

        browser.submit("verify");

        assertThat(browser.text("verification-outcome")).isEqualTo("Intact");
        assertThat(Long.parseLong(browser.text("verification-checked"))).isGreaterThan(100);
        assertThat(browser.all(By.id("verification-first-broken"))).isEmpty();
    }

    @Test
    @Tag("ISO13485-7.5.9.2")
    void anImplantIsTracedBackToItsPowderLotAndTheLotForwardToItsImplants(Browser browser) {
        Plant.Recorded single = Plant.implants(1).recorded();
        String serial = single.serial(), lot = single.powderLot();
        asRegulator(browser).submit("nav-trace");
        browser.type("backward-serial", serial).submit("backward-submit");

        WebElement lots = browser.element("kind-powder-lot");
        assertThat(lots.getText()).contains(lot);
        assertThat(browser.element("kind-build").getText()).contains("Olga Brandt");
        assertThat(browser.pageText())
                .contains(
                        "heat-treatment run",
                        "dimensional inspection",
                        "separation-plate lot",
                        "CMM-ZEISS-01");

        browser.follow(
                lots.findElements(By.tagName("li")).stream()
                        .filter(li -> li.getText().contains(lot))
                        .findFirst()
                        .orElseThrow()
                        .findElement(By.className("forward-link")));

        assertThat(browser.text("forward-key-shown")).isEqualTo(lot);
        assertThat(browser.text("forward-count")).isEqualTo("1");
        List<WebElement> implants =
                browser.driver()
                        .findElements(By.cssSelector("#forward-implants tr.forward-implant"));
        assertThat(implants).hasSize(1);
        WebElement record = implants.get(0).findElement(By.className("implant-record"));
        assertThat(record.getText()).isEqualTo(serial);
        assertThat(record.getAttribute("href")).endsWith("/record/implant.xhtml?serial=" + serial);
        assertThat(browser.text("backward-serial-shown"))
                .as("the backward trace stays on the screen")
                .isEqualTo(serial);

        // a lot reaching several implants (the class's plant), chosen in the form
        browser.type("forward-key", plant.powderLot());
        new org.openqa.selenium.support.ui.Select(browser.element("forward-origin"))
                .selectByValue("powder-lot");
        browser.submit("forward-submit");
        assertThat(browser.text("forward-count"))
                .isEqualTo(Integer.toString(plant.serials().size()));
        assertThat(
                        browser
                                .driver()
                                .findElements(
                                        By.cssSelector(
                                                "#forward-implants tr.forward-implant .implant-record"))
                                .stream()
                                .map(WebElement::getText))
                .containsExactlyInAnyOrderElementsOf(plant.serials());
        assertNoButtonChangesAnything(browser);
    }

    @Test
    void anUnknownImplantOrLotIsToldNextToItsField(Browser browser) {
        asRegulator(browser)
                .open("/record/trace.xhtml?serial=NO-SUCH-IMPLANT&origin=build&key=NO-SUCH-BUILD");
        assertThat(browser.text("backward-serial-error")).contains("NO-SUCH-IMPLANT");
        // a key that names nothing is not an all-clear
        assertThat(browser.text("forward-key-error")).isEqualTo("No such build: NO-SUCH-BUILD.");
        assertThat(browser.all(By.id("forward-none"))).isEmpty();
        browser.open("/record/trace.xhtml?origin=powder-lot&key=PL-NOPE");
        assertThat(browser.text("forward-key-error")).isEqualTo("No such powder lot: PL-NOPE.");
        browser.open("/record/trace.xhtml?origin=unicorn&key=X");
        assertThat(browser.text("forward-origin-error")).contains("Choose one");
    }

    @Test
    @Tag("CFR-11.10b")
    void theEvidenceBundleOfAReleasedImplantIsDownloaded(Browser browser) throws Exception {
        String serial = released;
        asRegulator(browser).open("/record/trace.xhtml?serial=" + serial);
        String href = browser.element("backward-bundle").getAttribute("href");
        assertThat(href).endsWith("/record/bundle?serial=" + serial);

        // the download with the browser's own session, as the link would fetch it
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> zip =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(href))
                                        .header("Cookie", "JSESSIONID=" + cookie)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        assertThat(zip.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"evidence-bundle-" + serial + ".zip\"");
        BundleContents.assertComplete(serial, zip.body(), "rita.regulator");

        // an undecided implant: a page that says why, no archive
        browser.open("/record/bundle?serial=" + undecided);
        assertThat(browser.text("bundle-refused")).contains("released or rejected");
    }

    @Test
    @Tag("CFR-11.10g")
    void otherRolesReachNoneOfThesePages(Browser browser) {
        browser.loginAs("OPERATOR").open("/record/audit.xhtml");
        assertThat(browser.pageText()).contains("not allowed");
        browser.open("/record/bundle?serial=" + released);
        assertThat(browser.pageText()).contains("not allowed");
    }

    /**
     * The audit trail's id of the implant record, from its CREATE entry (found by the serial, its
     * label).
     */
    private static long implantRecordId(String serial) {
        return Api.expect(Plant.RITA.get("/api/audit?recordType=Implant&label=" + serial), 200)
                .array()
                .stream()
                .map(JsonObject.class::cast)
                .filter(
                        e ->
                                e.getString("action").equals("CREATE")
                                        && serial.equals(e.getString("recordLabel", null)))
                .mapToLong(e -> e.getJsonNumber("recordId").longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CREATE entry of implant " + serial));
    }

    private static void assertNoButtonChangesAnything(Browser browser) {
        Set<String> buttons =
                browser
                        .all(By.cssSelector("button, input[type=submit], input[type=button]"))
                        .stream()
                        .map(
                                b ->
                                        b.getTagName().equals("input")
                                                ? b.getAttribute("value")
                                                : b.getText())
                        .collect(Collectors.toSet());
        assertThat(READ_ONLY_BUTTONS).containsAll(buttons);
    }
}
