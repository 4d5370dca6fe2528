package it.org.implantdhr.work;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.build.BuildFixtures;
import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.heattreatment.HeatTreatmentFixtures;
import it.org.implantdhr.inspection.Fixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.Unique;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.implantdhr.casefile.control.StlWriter;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Operators and engineers record the making of an implant in the browser: forms and machine files,
 * the progress of an upload, a refused file's problems line by line with nothing stored, and errors
 * next to their fields.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class RecordingPagesIT {

    private static final double[] TETRAHEDRON = {
        0, 0, 0, 0, 10, 0, 10, 0, 0,
        0, 0, 0, 10, 0, 0, 0, 0, 10,
        0, 0, 0, 0, 0, 10, 0, 10, 0,
        10, 0, 0, 0, 10, 0, 0, 0, 10
    };

    @Test
    void anEngineerOpensACaseRecordsItsCtAndUploadsTheDesign(Browser browser) {
        People.as("SURGEON");
        String caseNumber = Unique.unique("CASE-UI");
        browser.loginAs("ENGINEER").click("nav-work").click("go-cases");

        browser.type("case:caseNumber", caseNumber)
                .type("case:hospital", "Test Hospital")
                .type("case:surgeon", "it.surgeon")
                .type("case:patientPseudonym", "P-UI-1")
                .type("case:deviceName", "Chest-wall implant")
                .type("case:deviceModel", "CW-1");
        setValue(browser, "case:plannedSurgeryDate", LocalDate.now().plusDays(40).toString());
        browser.submit("case:open");
        assertThat(browser.text("case:prescriptionReference-error"))
                .as("the component's refusal, next to its field")
                .contains("prescription");
        assertThat(People.as("QA").get("/api/cases/" + caseNumber).status()).isEqualTo(404);

        browser.type("case:prescriptionReference", "RX-UI-1");
        setValue(browser, "case:plannedSurgeryDate", LocalDate.now().plusDays(40).toString());
        browser.submit("case:open");

        assertThat(browser.text("case-number")).isEqualTo(caseNumber);
        browser.type("imaging:studyUid", "1.2.840.99." + System.nanoTime())
                .type("imaging:sliceThickness", "0.625")
                .type("imaging:sliceIncrement", "0.5")
                .type("imaging:scannerModel", "Somatom");
        setValue(browser, "imaging:scanDate", LocalDate.now().minusDays(3).toString());
        browser.submit("imaging:record");
        waitForText(browser, "CT study");
        assertThat(browser.text("studies")).contains("0.625").contains("Somatom");

        browser.type("design:version", "V1");
        choose(
                browser,
                "design:file",
                file("chest-wall.stl", StlWriter.ascii("chest wall", TETRAHEDRON)));
        browser.click("design:upload");

        waitForText(browser, "Design V1 of case " + caseNumber + " uploaded.");
        assertThat(browser.text("designs")).contains("chest-wall.stl").contains("V1");
        var designs = People.as("QA").get("/api/cases/" + caseNumber + "/designs").array();
        assertThat(designs).hasSize(1);
    }

    @Test
    void aDesignThatIsNoStlIsRefusedWithTheParsersMessages(Browser browser) {
        String caseNumber = openCase();
        browser.loginAs("ENGINEER").open("/work/case.xhtml?case=" + caseNumber);
        browser.type("design:version", "V1");
        choose(
                browser,
                "design:file",
                file(
                        "notes.stl",
                        "solid x\nthis is not a facet\n".getBytes(StandardCharsets.UTF_8)));
        browser.click("design:upload");

        List<WebElement> lines = waitForLines(browser, "design-parser-messages");
        assertThat(lines).isNotEmpty();
        assertThat(People.as("QA").get("/api/cases/" + caseNumber + "/designs").array()).isEmpty();
    }

    @Test
    void anOperatorImportsABuildLogAndSeesTheBuildWithItsLog(Browser browser) {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        browser.loginAs("OPERATOR").open("/work/index.xhtml").click("go-builds");

        browser.type("log:buildNumber", buildNumber);
        choose(browser, "log:file", file(buildNumber + ".csv", BuildFixtures.logCsv(400)));
        script(browser, "window.sameWindow = true;");
        browser.click("log:import");

        waitForText(
                browser,
                "Build log " + buildNumber + ".csv imported for build " + buildNumber + ".");
        assertThat(script(browser, "return window.sameWindow === true;"))
                .as("sent by XMLHttpRequest with progress, the answer written into this window")
                .isEqualTo(true);
        assertThat(browser.text("build-" + buildNumber))
                .contains(buildNumber + ".csv")
                .contains("400");
        assertThat(People.as("QA").get("/api/builds/" + buildNumber).json().getInt("layerRows"))
                .isEqualTo(400);
        assertThat(browser.currentPath()).startsWith("/work/builds.xhtml");
    }

    @Test
    void aBuildLogWithBrokenLinesShowsEachProblemOnItsOwnLineAndNothingIsStored(Browser browser) {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        String log =
                "layer,timestamp,o2 [ppm],layer_thickness [um],event\n"
                        + "1,2026-03-02T08:00:00Z,420,30,EXPOSURE_START\n"
                        + "2,2026-03-02T08:00:20Z,abc,30,\n"
                        + "3,2026-03-02T08:00:40Z,420,30,EXPLOSION\n";
        browser.loginAs("OPERATOR").open("/work/builds.xhtml");
        browser.type("log:buildNumber", buildNumber);
        choose(browser, "log:file", file("broken.csv", log.getBytes(StandardCharsets.UTF_8)));
        browser.click("log:import");

        List<WebElement> lines = waitForLines(browser, "log-parser-messages");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines.get(0).getText()).contains("line 3").contains("abc");
        assertThat(lines.get(1).getText()).contains("line 4").contains("EXPLOSION");
        assertThat(browser.text("page-messages")).contains("nothing was stored");
        var build = People.as("QA").get("/api/builds/" + buildNumber).json();
        assertThat(build.getInt("layerRows")).isZero();
        assertThat(build.containsKey("log") && !build.isNull("log")).isFalse();
    }

    @Test
    void withoutTheProgressScriptTheUploadIsAPlainPostWithTheSameAnswer(Browser browser) {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        browser.loginAs("OPERATOR").open("/work/builds.xhtml");
        script(
                browser,
                "document.getElementById('log').removeAttribute('data-upload-progress'); window.sameWindow = true;");
        browser.type("log:buildNumber", buildNumber);
        choose(
                browser,
                "log:file",
                file(
                        "broken.csv",
                        "layer,timestamp,o2 [ppm],layer_thickness [um],event\n1,2026-03-02T08:00:00Z,NaN,30,\n"
                                .getBytes(StandardCharsets.UTF_8)));
        browser.click("log:import");

        List<WebElement> lines = waitForLines(browser, "log-parser-messages");
        assertThat(lines)
                .extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("line 2"));
        assertThat(script(browser, "return window.sameWindow === true;"))
                .as("a new page, not written in")
                .isEqualTo(false);
    }

    @Test
    void anOperatorRecordsAHeatTreatmentRunAndImportsItsFurnaceChart(Browser browser) {
        String furnace = HeatTreatmentFixtures.furnace();
        String runNumber = Unique.unique("HT-UI");
        browser.loginAs("OPERATOR").open("/work/heat-treatment.xhtml");
        browser.type("run:runNumber", runNumber);
        new org.openqa.selenium.support.ui.Select(browser.element("run:furnace"))
                .selectByValue(furnace);
        browser.submit("run:record");
        waitForText(browser, "Heat-treatment run " + runNumber + " recorded");

        assertThat(browser.element("chart:runNumber").getAttribute("value"))
                .as("the new run is preselected")
                .isEqualTo(runNumber);
        choose(
                browser,
                "chart:file",
                file(
                        "chart.csv",
                        HeatTreatmentFixtures.csv(HeatTreatmentFixtures.chart(2000, 10, 4))));
        browser.click("chart:import");

        waitForText(browser, "Furnace chart chart.csv imported for run " + runNumber + ".");
        assertThat(browser.text("run-" + runNumber)).contains("chart.csv").contains(furnace);
        var run = People.as("QA").get("/api/heat-treatment-runs/" + runNumber).json();
        assertThat(run.getJsonObject("chart").getString("fileName")).isEqualTo("chart.csv");
    }

    @Test
    void aFurnaceChartWithABadRowIsRefusedLineByLineAndNothingIsStored(Browser browser) {
        String runNumber = HeatTreatmentFixtures.run(HeatTreatmentFixtures.furnace(), List.of());
        String chart =
                "timestamp,TC1 load [°C],TC2 load [°C],TC3 control [°C],vacuum [mbar]\n"
                        + "2026-03-15T06:00:00Z,20,20,20,1E-4\n"
                        + "2026-03-15T06:00:10Z,20,NaN,20,1E-4\n"
                        + "2026-03-15T06:00:05Z,20,20,20,1E-4\n";
        browser.loginAs("OPERATOR").open("/work/heat-treatment.xhtml?run=" + runNumber);
        choose(browser, "chart:file", file("refused.csv", chart.getBytes(StandardCharsets.UTF_8)));
        browser.click("chart:import");

        List<WebElement> lines = waitForLines(browser, "chart-parser-messages");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines)
                .extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("line 3").contains("TC2"));
        assertThat(lines)
                .extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("line 4"));
        var run = People.as("QA").get("/api/heat-treatment-runs/" + runNumber).json();
        assertThat(run.containsKey("chart") && !run.isNull("chart")).isFalse();
        assertThat(People.as("QA").get("/api/heat-treatment-runs/" + runNumber + "/chart").status())
                .isEqualTo(404);
    }

    @Test
    void anInspectorUploadsACmmFileAndSeesTheInspectionListed(Browser browser) {
        String instrument = Fixtures.instrument();
        String implant = Fixtures.implant();
        browser.loginAs("OPERATOR").open("/work/index.xhtml").click("go-inspections");
        browser.type("inspection:implant", implant)
                .type("inspection:instrument", instrument)
                .type("inspection:fitSurface", "99.5");
        choose(
                browser,
                "inspection:file",
                file("cmm.csv", Fixtures.CMM_CSV.getBytes(StandardCharsets.UTF_8)));
        browser.click("inspection:upload");

        waitForText(browser, "Inspection of " + implant + " recorded from cmm.csv.");
        assertThat(browser.text("inspections")).contains(implant).contains(instrument);
        assertThat(People.as("QA").get("/api/implants/" + implant + "/inspections").array())
                .hasSize(1);
    }

    @Test
    void aCmmFileWithABadLineIsRefusedAndNothingIsStored(Browser browser) {
        String instrument = Fixtures.instrument();
        String implant = Fixtures.implant();
        String broken = Fixtures.CMM_CSV.replace("3.541", "three");
        browser.loginAs("OPERATOR").open("/work/inspections.xhtml");
        browser.type("inspection:implant", implant).type("inspection:instrument", instrument);
        choose(
                browser,
                "inspection:file",
                file("cmm.csv", broken.getBytes(StandardCharsets.UTF_8)));
        browser.click("inspection:upload");

        List<WebElement> lines = waitForLines(browser, "inspection-parser-messages");
        assertThat(lines.get(0).getText()).contains("line 2");
        assertThat(People.as("QA").get("/api/implants/" + implant + "/inspections").array())
                .isEmpty();
    }

    @Test
    void requiredFieldsLeftEmptyAreToldNextToTheirFields(Browser browser) {
        browser.loginAs("OPERATOR").open("/work/builds.xhtml").submit("build:record");
        assertThat(browser.text("build:buildNumber-error")).isEqualTo("Enter the build number.");
        assertThat(browser.text("build:machine-error")).isEqualTo("Enter the machine.");

        browser.open("/work/builds.xhtml")
                .type("log:buildNumber", "B-anything")
                .click("log:import");
        waitForText(browser, "Choose a file to upload.");
        assertThat(browser.text("log:file-error")).isEqualTo("Choose a file to upload.");
        assertThat(browser.all(By.id("log:buildNumber-error")).stream().map(WebElement::getText))
                .allMatch(String::isEmpty);
    }

    @Test
    void aReferenceTheComponentRefusesIsToldNextToItsField(Browser browser) {
        var setup = BuildFixtures.setup();
        browser.loginAs("OPERATOR").open("/work/builds.xhtml");
        browser.type("build:buildNumber", Unique.unique("B-UI"))
                .type("build:machine", setup.machine())
                .type("build:parameterSetName", setup.parameterSet())
                .type("build:parameterSetVersion", "1.0")
                .type("build:powderBatch", "no-such-batch")
                .type("build:programmer", BuildFixtures.PROGRAMMER)
                .type("build:buildPlateId", "BP-1");
        browser.submit("build:record");

        assertThat(browser.text("build:powderBatch-error")).contains("no-such-batch");
    }

    @Test
    void anOperatorPlacesImplantsWhereTheBuildJobPutsThemAndSeesThePlateLayout(Browser browser) {
        var setup = BuildFixtures.setup();
        var design = CaseFixtures.newCaseWithApprovedDesign();
        String first = CaseFixtures.newImplant(design);
        String second = CaseFixtures.newImplant(design);
        String buildNumber = Unique.unique("B-UI");
        browser.loginAs("OPERATOR").open("/work/builds.xhtml");
        fillBuild(
                browser, setup, buildNumber, first + " 45,0 82,5 P1\n" + second + " 125.125 82.5");
        browser.submit("build:record");
        assertThat(browser.text("build:implants-error")).contains("Line 1");

        fillBuild(browser, setup, buildNumber, first + " 45.0 82.5 P1\n" + second);
        browser.submit("build:record");
        assertThat(browser.text("build:implants-error")).contains(second);
        assertThat(People.as("QA").get("/api/builds/" + buildNumber).status()).isEqualTo(404);

        fillBuild(
                browser, setup, buildNumber, first + " 45.0 82.5 P1\n" + second + " 125.125 82.5");
        browser.submit("build:record");
        waitForText(browser, "Build " + buildNumber + " recorded");

        browser.open("/work/builds.xhtml?events=" + buildNumber);
        assertThat(browser.text("plate-size")).isEqualTo("250.0 × 250.0 mm");
        assertThat(browser.text("plate-" + first)).contains("x 45.0 mm, y 82.5 mm (P1)");
        assertThat(browser.text("plate-" + second)).contains("x 125.125 mm, y 82.5 mm");
    }

    private static void fillBuild(
            Browser browser, BuildFixtures.Setup setup, String buildNumber, String implants) {
        browser.type("build:buildNumber", buildNumber)
                .type("build:machine", setup.machine())
                .type("build:parameterSetName", setup.parameterSet())
                .type("build:parameterSetVersion", setup.parameterSetVersion())
                .type("build:powderBatch", setup.powderBatch())
                .type("build:programmer", BuildFixtures.PROGRAMMER)
                .type("build:buildPlateId", "BP-UI")
                .type("build:implants", implants);
    }

    @Test
    void anOperatorReceivesAPowderLotAndPreparesABatchFromIt(Browser browser) {
        String supplier = Unique.unique("Supplier-UI");
        assertThat(
                        People.as("QA")
                                .post(
                                        "/api/suppliers",
                                        """
                {"name":"%s","approvedFrom":"2020-01-01"}"""
                                                .formatted(supplier))
                                .status())
                .isEqualTo(201);
        String lot = Unique.unique("PL-UI");
        String batch = Unique.unique("PB-UI");
        browser.loginAs("OPERATOR").open("/work/index.xhtml").click("go-powder");

        browser.type("lot:lotNumber", lot)
                .type("lot:supplier", supplier)
                .type("lot:chemistry-o", "0.12")
                .type("lot:d50", "35");
        setValue(browser, "lot:receivedOn", LocalDate.now().minusDays(1).toString());
        browser.submit("lot:receive");
        waitForText(browser, "Powder lot " + lot + " received.");
        assertThat(browser.text("lots")).contains(lot).contains(supplier);
        var recorded = People.as("QA").get("/api/powder-lots/" + lot).json();
        assertThat(
                        recorded.getJsonObject("chemistry")
                                .getJsonObject("O")
                                .getJsonNumber("value")
                                .doubleValue())
                .isEqualTo(0.12);

        browser.type("batch:batchNumber", batch).type("batch:lots", lot + " 1");
        browser.submit("batch:prepare");
        waitForText(browser, "Powder batch " + batch + " prepared.");
        assertThat(browser.text("batches")).contains(batch).contains(lot);
    }

    @Test
    void aLaboratoryResultIsRecordedForACoupon(Browser browser) {
        String build = BuildFixtures.build(BuildFixtures.setup());
        browser.loginAs("OPERATOR").open("/work/coupons.xhtml");
        browser.type("result:coupon", build + "-T1")
                .type("result:laboratory", "Test Lab")
                .type("result:testedBy", "L. Tester")
                .type("result:uts", "951")
                .type("result:yieldStrength", "871")
                .type("result:elongation", "14.5");
        setValue(browser, "result:testedOn", LocalDate.now().minusDays(2).toString());
        browser.submit("result:record");

        waitForText(browser, "Result of coupon " + build + "-T1 recorded.");
        assertThat(browser.text("results")).contains("951").contains("871").contains("Test Lab");
    }

    @Test
    void anOperatorAttachesTheCertificateAndTheLabReportAndQaDownloadsBothFromTheImplantRecord(
            Browser browser) throws Exception {
        String lot = powderLot();
        String serial = Fixtures.implant();
        String build = buildOf(lot, serial);
        long resultId = tensileResult(build + "-T1");
        byte[] certificate = Plant.onePagePdf("Certificate of analysis of lot " + lot);
        byte[] report = Plant.onePagePdf("Tensile report of coupon " + build + "-T1");
        String certificateName = "CoA-" + lot + ".pdf";
        String reportName = "E8-" + build + ".pdf";

        browser.loginAs("OPERATOR").open("/work/index.xhtml").click("go-powder");
        browser.type("certificate:lot", lot);
        choose(browser, "certificate:file", file(certificateName, certificate));
        browser.click("certificate:attach");
        waitForText(
                browser, "Certificate " + certificateName + " attached to powder lot " + lot + ".");
        assertThat(browser.text("shown-certificate-name")).isEqualTo(certificateName);
        assertThat(browser.text("shown-certificate-sha256")).isEqualTo(sha256(certificate));
        assertThat(browser.text("shown-chemistry"))
                .contains("O 0.12")
                .contains("N 0.012")
                .contains("H 0.0021");
        assertThat(browser.text("lot-" + lot)).contains(certificateName);
        var stored =
                People.as("QA").get("/api/powder-lots/" + lot).json().getJsonObject("certificate");
        assertThat(stored.getString("fileName")).isEqualTo(certificateName);
        assertThat(stored.getString("sha256")).isEqualTo(sha256(certificate));

        browser.open("/work/coupons.xhtml")
                .type("open-coupon-code", build + "-T1")
                .submit("open-coupon-show");
        assertThat(browser.text("result-" + resultId)).contains("none yet");
        choose(browser, "report:file", file(reportName, report));
        browser.click("report:attach");
        waitForText(
                browser,
                "Report "
                        + reportName
                        + " attached to result "
                        + resultId
                        + " of coupon "
                        + build
                        + "-T1.");
        assertThat(browser.text("result-" + resultId))
                .contains(reportName)
                .contains(sha256(report));
        var result =
                People.as("QA")
                        .get("/api/coupons/" + build + "-T1")
                        .json()
                        .getJsonArray("results")
                        .getJsonObject(0);
        assertThat(result.getJsonObject("report").getString("sha256")).isEqualTo(sha256(report));

        browser.click("session:logout");
        browser.waitFor(By.id("logged-out"));
        browser.loginAs("QA").open("/record/implant.xhtml?serial=" + serial);
        assertThat(download(browser, certificateName))
                .as("the certificate from the record, byte for byte")
                .isEqualTo(certificate);
        assertThat(download(browser, reportName))
                .as("the lab report from the record, byte for byte")
                .isEqualTo(report);
    }

    @Test
    void aCertificateThatCannotBeAttachedIsToldNextToItsFieldAndNothingIsStored(Browser browser) {
        String lot = powderLot();
        byte[] first = Plant.onePagePdf("first certificate");
        assertThat(
                        People.as("OPERATOR")
                                .upload(
                                        "/api/powder-lots/"
                                                + lot
                                                + "/certificate?fileName=first.pdf",
                                        "application/pdf",
                                        first)
                                .status())
                .isEqualTo(200);
        Instant before = Instant.now();
        browser.loginAs("OPERATOR").open("/work/powder.xhtml?lot=" + Api.q(lot));
        assertThat(browser.element("certificate:lot").getAttribute("value"))
                .as("the shown lot is preset")
                .isEqualTo(lot);

        browser.click("certificate:attach");
        waitForText(browser, "Choose a file to upload.");
        assertThat(browser.text("certificate:file-error")).isEqualTo("Choose a file to upload.");

        browser.type("certificate:lot", "NO-SUCH-LOT-" + System.nanoTime());
        choose(browser, "certificate:file", file("any.pdf", first));
        browser.click("certificate:attach");
        waitForText(browser, "is recorded; receive it first.");
        assertThat(browser.text("certificate:lot-error")).contains("NO-SUCH-LOT");

        String second = "second-" + lot + ".pdf";
        browser.type("certificate:lot", lot);
        choose(browser, "certificate:file", file(second, Plant.onePagePdf("another certificate")));
        browser.click("certificate:attach");
        waitForText(browser, "A reason is required");
        assertThat(browser.text("certificate:reason-error")).contains("A reason is required");
        assertThat(browser.pageText()).doesNotContain("attached to powder lot");

        var stored =
                People.as("QA").get("/api/powder-lots/" + lot).json().getJsonObject("certificate");
        assertThat(stored.getString("fileName")).isEqualTo("first.pdf");
        assertThat(stored.getString("sha256")).isEqualTo(sha256(first));
        assertThat(evidenceFilesAuditedSince(before))
                .as("no file of the refused attempts kept")
                .isEmpty();
    }

    @Test
    void aReplacedLabReportNeedsAReasonAndWithoutOneNothingIsStored(Browser browser) {
        String build = BuildFixtures.build(BuildFixtures.setup());
        String coupon = build + "-T2";
        long resultId = tensileResult(coupon);
        byte[] first = Plant.onePagePdf("first report");
        assertThat(
                        People.as("OPERATOR")
                                .upload(
                                        "/api/coupons/"
                                                + coupon
                                                + "/results/"
                                                + resultId
                                                + "/report?fileName=first-report.pdf",
                                        "application/pdf",
                                        first)
                                .status())
                .isEqualTo(200);
        Instant before = Instant.now();
        browser.loginAs("OPERATOR").open("/work/coupons.xhtml?coupon=" + Api.q(coupon));
        assertThat(browser.text("result-" + resultId))
                .contains("first-report.pdf")
                .contains(sha256(first));

        new org.openqa.selenium.support.ui.Select(browser.element("report:result"))
                .selectByValue(String.valueOf(resultId));
        choose(browser, "report:file", file("second-report.pdf", Plant.onePagePdf("second")));
        browser.click("report:attach");
        waitForText(browser, "A reason is required");
        assertThat(browser.text("report:reason-error")).contains("A reason is required");
        assertThat(browser.text("result-" + resultId))
                .contains("first-report.pdf")
                .doesNotContain("second-report.pdf");

        var report =
                People.as("QA")
                        .get("/api/coupons/" + coupon)
                        .json()
                        .getJsonArray("results")
                        .getJsonObject(0)
                        .getJsonObject("report");
        assertThat(report.getString("fileName")).isEqualTo("first-report.pdf");
        assertThat(evidenceFilesAuditedSince(before))
                .as("no file of the refused attempt kept")
                .isEmpty();

        browser.type(
                "report:reason", "The laboratory reissued the report with the specimen drawing");
        new org.openqa.selenium.support.ui.Select(browser.element("report:result"))
                .selectByValue(String.valueOf(resultId));
        choose(browser, "report:file", file("second-report.pdf", Plant.onePagePdf("second")));
        browser.click("report:attach");
        waitForText(
                browser,
                "Report second-report.pdf attached to result "
                        + resultId
                        + " of coupon "
                        + coupon
                        + ".");
        assertThat(browser.text("result-" + resultId)).contains("second-report.pdf");
    }

    @Test
    void machiningWithoutItsProgramIsToldNextToTheProgramAndThenRecordedWithIt(Browser browser) {
        String implant = Fixtures.implant();
        browser.loginAs("OPERATOR").open("/work/index.xhtml").click("go-finishing");
        browser.type("operation:implant", implant).type("operation:equipment", "DMU-50");
        new org.openqa.selenium.support.ui.Select(browser.element("operation:visualResult"))
                .selectByValue("PASS");
        setValue(browser, "operation:performedAt", "2026-03-16T09:00");
        browser.submit("operation:record");

        assertThat(browser.text("operation:programId-error")).contains("program id");
        assertThat(People.as("QA").get("/api/process-operations?implant=" + implant).array())
                .isEmpty();

        browser.type("operation:programId", "CW-FIT-01").type("operation:programVersion", "3");
        setValue(browser, "operation:performedAt", "2026-03-16T09:00");
        browser.click("operation:record");
        waitForText(browser, "MACHINING of " + implant + " recorded.");
        assertThat(browser.text("operations")).contains("DMU-50").contains("CW-FIT-01");

        String run = Unique.unique("CL-UI");
        browser.type("cleaning:runNumber", run)
                .type("cleaning:processId", "CLEAN-VAL-01")
                .type("cleaning:processVersion", "2")
                .type("cleaning:cleaningFamily", "Ti lattice")
                .type("cleaning:implantSerials", implant);
        setValue(browser, "cleaning:performedAt", "2026-03-17T08:00");
        browser.click("cleaning:record");
        waitForText(browser, "Cleaning run " + run + " recorded.");

        browser.type("cleanliness:runNumber", run)
                .type("cleanliness:implant", implant)
                .type("cleanliness:residualParticles", "3")
                .type("cleanliness:endotoxin", "0.05")
                .type("cleanliness:toc", "0.2")
                .type("cleanliness:testedBy", "L. Tester");
        browser.click("cleanliness:record");
        waitForText(browser, "Cleanliness of " + implant + " after run " + run + " recorded.");
        assertThat(browser.text("cleanliness-results")).contains(implant).contains("PASS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SURGEON", "REGULATOR", "ADMIN"})
    @Tag("CFR-11.10g")
    void otherRolesCannotOpenTheRecordingPages(String role, Browser browser) {
        browser.loginAs(role);
        for (String page : List.of("/work/index.xhtml", "/work/builds.xhtml", "/work/case.xhtml")) {
            browser.open(page);
            assertThat(browser.pageText()).as(role + " on " + page).contains("not allowed");
            assertThat(browser.all(By.id("log:file"))).isEmpty();
        }
    }

    /**
     * A received lot with its chemistry, of a newly approved supplier, made into a batch of its
     * own.
     */
    private static String powderLot() {
        String supplier = Unique.unique("Supplier-UI");
        String lot = Unique.unique("PL-UI");
        assertThat(
                        People.as("QA")
                                .post(
                                        "/api/suppliers",
                                        """
                {"name":"%s","approvedFrom":"2020-01-01"}"""
                                                .formatted(supplier))
                                .status())
                .isEqualTo(201);
        var received =
                People.as("QA")
                        .post(
                                "/api/powder-lots",
                                """
                {"lotNumber":"%s","supplier":"%s","materialSpec":"ASTM F3001 Grade 23","receivedOn":"2026-01-10",
                 "chemistry":{"O":{"value":0.12,"unit":"wt%%"},"N":{"value":0.012,"unit":"wt%%"},
                              "H":{"value":0.0021,"unit":"wt%%"},"Fe":{"value":0.18,"unit":"wt%%"}}}"""
                                        .formatted(lot, supplier));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return lot;
    }

    /** A build from a batch of that lot with the implant on its plate; its number. */
    private static String buildOf(String lot, String serial) {
        String batch = Unique.unique("PB-UI");
        assertThat(
                        People.as("OPERATOR")
                                .post(
                                        "/api/powder-batches",
                                        """
                {"batchNumber":"%s","powderType":"VIRGIN","reuseCount":0,"lots":{"%s":1}}"""
                                                .formatted(batch, lot))
                                .status())
                .isEqualTo(201);
        var base = BuildFixtures.setup();
        var setup =
                new BuildFixtures.Setup(
                        base.machine(), base.parameterSet(), base.parameterSetVersion(), batch);
        String build = Unique.unique("B-UI");
        var recorded =
                People.as("OPERATOR")
                        .post(
                                "/api/builds",
                                BuildFixtures.buildJson(setup, build)
                                        .replace(
                                                "\"coupons\":",
                                                "\"implants\":[\""
                                                        + serial
                                                        + "\"],\"platePositions\":{"
                                                        + Plant.platePositions(List.of(serial))
                                                        + "},\"coupons\":"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return build;
    }

    private static long tensileResult(String coupon) {
        var result =
                People.as("OPERATOR")
                        .post(
                                "/api/coupons/" + coupon + "/results",
                                """
                {"testStandard":"ASTM E8/E8M","laboratory":"Test Lab","testedOn":"2026-03-20","testedBy":"L. Tester",
                 "uts":{"value":950,"unit":"MPa"},"yieldStrength":{"value":880,"unit":"MPa"},
                 "elongation":{"value":14.5,"unit":"%"}}""");
        assertThat(result.status()).as(result.toString()).isEqualTo(201);
        return result.json().getJsonNumber("id").longValue();
    }

    private static List<?> evidenceFilesAuditedSince(Instant since) {
        return People.as("QA")
                .get("/api/audit?recordType=EvidenceFile&actor=it.operator&from=" + since)
                .array();
    }

    /** The file the page links by that name, fetched with the browser's session. */
    private static byte[] download(Browser browser, String fileName)
            throws IOException, InterruptedException {
        WebElement link =
                browser.all(By.cssSelector("#steps a.evidence-download")).stream()
                        .filter(a -> a.getText().equals(fileName))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no link to " + fileName + " on the record page"));
        String cookie =
                "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> answer =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                                        .header("Cookie", cookie)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(link.getAttribute("data-sha256")).isEqualTo(sha256(answer.body()));
        return answer.body();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String openCase() {
        People.as("SURGEON");
        String caseNumber = Unique.unique("CASE-UI");
        var answer =
                People.as("ENGINEER")
                        .post(
                                "/api/cases",
                                """
                {"caseNumber":"%s","hospital":"Test Hospital","surgeon":"it.surgeon","patientPseudonym":"P-UI",
                 "regulatoryPathway":"CUSTOM_MADE","plannedSurgeryDate":"%s","deviceName":"Chest-wall implant",
                 "deviceModel":"CW-1","prescriptionReference":"RX-UI"}"""
                                        .formatted(caseNumber, LocalDate.now().plusDays(30)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return caseNumber;
    }

    private static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("upload");
            Path file = dir.resolve(name);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object script(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static void choose(Browser browser, String id, Path file) {
        browser.element(id).sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Date and time inputs take what a person types in the browser's locale; the test sets the ISO
     * value.
     */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.element(id), value);
    }

    /**
     * The upload goes through XMLHttpRequest and the answer replaces the page: wait for what it
     * says.
     */
    private static void waitForText(Browser browser, String text) {
        browser.waiting(Duration.ofSeconds(60))
                .until(
                        d -> {
                            try {
                                return browser.pageText().contains(text);
                            } catch (RuntimeException stale) {
                                return false;
                            }
                        });
    }

    private static List<WebElement> waitForLines(Browser browser, String id) {
        browser.waitFor(By.id(id));
        return browser.driver().findElements(By.cssSelector("#" + id + " li"));
    }
}
