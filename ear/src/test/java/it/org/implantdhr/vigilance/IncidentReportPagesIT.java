package it.org.implantdhr.vigilance;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.Plant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A QA manager in the browser goes from the list of vigilance cases to a case's incident report,
 * searches Annex A for a term and adds it, is refused an unknown code at its field, saves the
 * codes, and downloads the report as PDF and XML.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class IncidentReportPagesIT {

    @Test
    void aQaManagerChoosesCodesFromTheListAndDownloadsTheReport(Browser browser) throws Exception {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String number = IncidentReportIT.explantCase(plant);

        browser.loginAs("QA_MANAGER").open("/record/vigilance.xhtml");
        browser.follow(
                browser.waitFor(
                        By.xpath("//tr[@data-case='" + number + "']//a[@class='report-link']")));
        assertThat(browser.currentPath()).startsWith("/record/incident-report.xhtml");
        assertThat(browser.text("report-status")).contains("DRAFT");

        new Select(browser.element("codes:annex")).selectByValue("A");
        browser.type("codes:query", "fracture");
        browser.submit("codes:search");
        assertThat(browser.element("search-results").getText()).contains("A040101", "Fracture");
        browser.follow(
                browser.waitFor(
                        By.xpath(
                                "//table[@id='search-results']//tr[@data-code='A040101']//input[@value='Add']")));
        assertThat(browser.element("codes:deviceProblems").getAttribute("value"))
                .isEqualTo("A040101");

        browser.type("codes:clinicalSigns", "E1603");
        browser.type("codes:healthImpacts", "F99");
        browser.submit("codes:save");
        assertThat(browser.text("codes:healthImpacts-error")).contains("F99");
        assertThat(browser.element("chosen-codes").getText()).contains("none chosen");

        browser.element("codes:healthImpacts").clear();
        browser.type("codes:healthImpacts", "F1905");
        browser.submit("codes:save");
        assertThat(browser.pageText()).contains("IMDRF codes of case " + number + " saved");
        assertThat(browser.element("chosen-codes").getText())
                .contains("A040101", "Fracture", "E1603", "F1905");

        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf =
                get(browser.element("download-pdf").getAttribute("href"), cookie);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> xml =
                get(browser.element("download-xml").getAttribute("href"), cookie);
        assertThat(xml.statusCode()).isEqualTo(200);
        IncidentReportIT.validate(xml.body());
        assertThat(new String(xml.body(), StandardCharsets.UTF_8))
                .contains("<medicalDeviceProblem code=\"A040101\">Fracture</medicalDeviceProblem>");
    }

    private static HttpResponse<byte[]> get(String href, String session) throws Exception {
        URI uri = URI.create(Api.BASE).resolve(URI.create(href).getRawPath());
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
