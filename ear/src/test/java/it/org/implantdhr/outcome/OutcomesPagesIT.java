package it.org.implantdhr.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.Plant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The outcomes page in the browser, reached by the navigation links from each reading role's start
 * page: the breakdown by build shows this class's own build (one patient, operated three days ago,
 * a recurrence on day 2) with its Kaplan–Meier curve drawn on the server (the estimate, a step per
 * event, the numbers at risk) and its tables; a surgeon sees their own patients only. No test
 * changes the data.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class OutcomesPagesIT {

    private static Plant.Recorded plant;

    @BeforeAll
    static void onePatientOfSamWithARecurrence() {
        plant = Plant.implants(1).ofSurgeon(Plant.SAM).recorded();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var f = new FollowUpFixture(plant, Plant.SAM).releasedAt(now.minus(4, ChronoUnit.DAYS));
        Instant operatedAt = now.minus(3, ChronoUnit.DAYS);
        String serial = plant.serial();
        f.operate(serial, operatedAt, null);
        f.visit(serial, "BASELINE", -1, 60, "6.0", "CM", 4, null, 0);
        f.visit(serial, "M1", 2, 70, "4.0", "CM", 3, "LOCAL_RECURRENCE", 2);
    }

    @Test
    void qaFindsTheBuildsCurveAndTablesFromTheStartPage(Browser browser) {
        browser.loginAs("QA").submit("nav-outcomes");
        assertThat(browser.currentPath()).startsWith("/outcomes/index.xhtml");
        assertThat(browser.text("outcome-scope")).startsWith("All patients");
        assertThat(browser.text("outcome-as-of"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z");

        browser.submit("by-build");
        String group = "Build " + plant.build();
        assertThat(browser.text("dfs-table")).contains(group);
        var row =
                browser.all(By.cssSelector("#dfs-table tr.dfs-row")).stream()
                        .filter(r -> r.getText().startsWith(group))
                        .findFirst()
                        .orElseThrow();
        // 1 patient, 1 event on day 2: the estimate is 0 from then on (no interval), nobody at risk
        assertThat(row.getText()).contains(group + " 1 1 0 0.0 % — 0");
        assertThat(browser.text("stay-table")).contains(group + " 1 0");
        assertThat(browser.text("scores-table")).contains(group + " Karnofsky (points) 1 0");

        var svg =
                browser.all(By.cssSelector("svg.plot")).stream()
                        .filter(s -> s.getAttribute("outerHTML").contains(group))
                        .findFirst()
                        .orElseThrow();
        String drawn = svg.getAttribute("outerHTML");
        assertThat(drawn).contains("km-estimate", "km-event", "km-at-risk", "0 %");
        assertThat(svg.findElements(By.cssSelector("circle.km-event"))).hasSize(1);
        assertThat(browser.element("outcome-report-download").getAttribute("href"))
                .endsWith("/outcomes/report.pdf");
        assertThat(browser.text("methods")).contains("log(−log S)", "never favours the device");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void aRegulatorReachesThePageFromTheStartPage(Browser browser) {
        browser.loginAs("REGULATOR").submit("nav-outcomes");
        assertThat(browser.currentPath()).startsWith("/outcomes/index.xhtml");
        browser.submit("by-powder-lot");
        assertThat(browser.text("dfs-table")).contains("Powder lot " + plant.powderLot());
    }

    @Test
    void theSurgeonOfThePatientSeesIt(Browser browser) {
        browser.loginAs(Plant.SAM, Plant.SAM + "-demo").submit("nav-outcomes");
        assertThat(browser.text("outcome-scope")).startsWith("Patients of");
        browser.submit("by-build");
        assertThat(browser.text("dfs-table")).contains("Build " + plant.build());
    }

    @Test
    void anotherSurgeonDoesNot(Browser browser) {
        browser.loginAs(Plant.SOFIA, Plant.SOFIA + "-demo").submit("nav-outcomes");
        browser.submit("by-build");
        assertThat(browser.text("dfs-table")).doesNotContain("Build " + plant.build());
    }
}
