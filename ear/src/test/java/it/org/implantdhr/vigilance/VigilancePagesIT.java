package it.org.implantdhr.vigilance;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A QA manager in the browser, from the start page by links only: the alert of untriaged vigilance
 * cases leads to the cases; a triage without a reason is refused at its field, then made. The alert
 * of signals to review leads to signal detection, where a review without a reason is refused at its
 * field, then signed; the reviewed flag no longer alerts.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class VigilancePagesIT {

    @Test
    void aQaManagerIsAlertedAndTriagesACase(Browser browser) {
        Plant.Recorded plant = Plant.implants(1).implanted();
        String serial = plant.serial();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        expect(
                plant.surgeon(0)
                        .post(
                                "/api/implantations/" + serial + "/explantation",
                                """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"INFECTION","reasonText":"deep wound infection",
                 "deviceReturned":true}"""
                                        .formatted(today)),
                201);

        browser.loginAs("QA_MANAGER");
        browser.follow(browser.waitFor(By.id("vigilance-alert-link")));
        assertThat(browser.currentPath()).startsWith("/record/vigilance.xhtml");
        var row = browser.waitFor(By.xpath("//tr[td[2]/a[1][text()='" + serial + "']]"));
        String caseNumber = row.getAttribute("data-case");
        assertThat(row.getText()).contains("VIG-EXPLANT", "explant on " + today, "not triaged");

        new Select(browser.element("triage:case")).selectByValue(caseNumber);
        new Select(browser.element("triage:deadline")).selectByValue("MDR_OTHER_SERIOUS_INCIDENT");
        browser.submit("triage:submit");
        assertThat(browser.text("triage:reason-error")).isNotBlank();

        new Select(browser.element("triage:case")).selectByValue(caseNumber);
        new Select(browser.element("triage:deadline")).selectByValue("MDR_OTHER_SERIOUS_INCIDENT");
        browser.type("triage:reason", "an infection leading to explant, no death");
        browser.submit("triage:submit");
        assertThat(browser.pageText()).contains("Case " + caseNumber + " triaged");
        assertThat(browser.element("vigilance-cases").getText())
                .contains("15 days (EU MDR Art. 87(3))", today.plusDays(15).toString());
    }

    @Test
    void aQaManagerReviewsAFlaggedBuildAndItNoLongerAlerts(Browser browser) {
        FlaggedBuild b = FlaggedBuild.record();
        String build = b.build();
        By alerted = By.cssSelector("li.signal-to-review[data-group='" + build + "']");

        browser.loginAs("QA_MANAGER");
        browser.open("/qa/queue.xhtml");
        assertThat(browser.waitFor(alerted).getText()).contains(build, "not reviewed");
        browser.follow(browser.element("signal-alert-link"));
        assertThat(browser.currentPath()).startsWith("/record/signals.xhtml");
        By row = By.cssSelector("tr.flagged-group[data-group='" + build + "']");
        assertThat(browser.waitFor(row).getAttribute("data-state")).isEqualTo("NOT_REVIEWED");

        String target = "BUILD|" + FlaggedBuild.EVENTS + "|" + build;
        new Select(browser.element("review:target")).selectByValue(target);
        new Select(browser.element("review:conclusion")).selectByValue("NO_ACTION");
        browser.type("review:password", People.PASSWORD);
        browser.submit("review:submit");
        assertThat(browser.text("review:reason-error")).isNotBlank();
        assertThat(browser.waitFor(row).getAttribute("data-state")).isEqualTo("NOT_REVIEWED");

        new Select(browser.element("review:target")).selectByValue(target);
        new Select(browser.element("review:conclusion")).selectByValue("NO_ACTION");
        browser.type("review:reason", "one patient's recurrent seroma, not the build");
        browser.type("review:password", People.PASSWORD);
        browser.submit("review:submit");
        assertThat(browser.pageText()).contains("Review signed", build, "no action");
        assertThat(browser.waitFor(row).getAttribute("data-state")).isEqualTo("REVIEWED");
        var reviewRow = browser.waitFor(By.cssSelector("tr.review[data-group='" + build + "']"));
        assertThat(reviewRow.getAttribute("data-current")).isEqualTo("true");
        assertThat(reviewRow.getText())
                .contains(
                        FlaggedBuild.EVENTS + " events",
                        "one patient's recurrent seroma",
                        "SIG-1.0",
                        "current");

        browser.open("/qa/queue.xhtml");
        browser.waitFor(By.id("queue-search"));
        assertThat(browser.all(alerted)).isEmpty();
    }
}
