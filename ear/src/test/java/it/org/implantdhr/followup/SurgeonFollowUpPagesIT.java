package it.org.implantdhr.followup;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.PublicVerification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A surgeon in the browser, from their start page by links only: records the operation of their
 * released implant (the serial from the list of implants awaiting theirs), then a visit — first
 * with a VAS off its line, which is refused at its field, then right.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class SurgeonFollowUpPagesIT {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    /** Date and time inputs take their value as the browser's script sets it, in ISO form. */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.element(id), value);
    }

    @Test
    void aSurgeonRecordsTheOperationAndAVisit(Browser browser) {
        Plant.Recorded plant = Plant.implants(1).ofSurgeon(Plant.SAM).released();
        String serial = plant.serial();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        browser.loginAs(Plant.SAM, "sam.surgeon-demo");
        assertThat(browser.currentPath()).startsWith("/surgeon/cases.xhtml");
        browser.submit("record-operation");
        assertThat(browser.currentPath()).startsWith("/followup/operation.xhtml");
        browser.follow(browser.waitFor(By.linkText(serial)));
        assertThat(browser.element("operation:serial").getAttribute("value")).isEqualTo(serial);

        setValue(
                browser,
                "operation:operatedAt",
                // the next minute: after the release a moment ago, within the clock allowance
                MINUTE.format(Instant.now().plus(1, ChronoUnit.MINUTES)));
        browser.type("operation:durationMinutes", "190");
        new Select(browser.element("operation:plateLot"))
                .selectByValue("Zeus Industrial Products|PTFE-SP-120|" + plant.componentLot());
        browser.type("operation:ribsResected", "3");
        browser.type("operation:ribLevels", "left 5-7");
        browser.type("operation:defectLengthMm", "118.5");
        browser.type("operation:defectWidthMm", "90");
        setValue(
                browser,
                "operation:admissionDate",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        browser.submit("operation:record");

        assertThat(browser.currentPath()).startsWith("/followup/patient.xhtml");
        assertThat(browser.text("implantation-status")).isEqualTo("IN_PLACE");
        assertThat(browser.text("schedule")).contains("BASELINE", "DISCHARGE", "M24");
        assertThat(PublicVerification.statusOf(serial)).isEqualTo("IMPLANTED");

        new Select(browser.element("visit:visitCode")).selectByValue("M1");
        setValue(browser, "visit:visitDate", today);
        new Select(browser.element("visit:karnofsky")).selectByValue("80");
        browser.type("visit:vasValue", "11");
        new Select(browser.element("visit:vasUnit")).selectByValue("CM");
        browser.type("visit:instrumentScore", "2");
        new Select(browser.element("visit:diseaseStatus")).selectByValue("NO_EVIDENCE_OF_DISEASE");
        browser.submit("visit:record");
        assertThat(browser.text("visit:vasValue-error")).contains("off the line");
        assertThat(browser.all(By.id("visit-M1"))).as("nothing stored").isEmpty();

        browser.type("visit:vasValue", "3.5");
        setValue(browser, "visit:visitDate", today);
        browser.submit("visit:record");
        assertThat(browser.text("visit-M1")).contains("80", "3.5", "CM", "NO_EVIDENCE_OF_DISEASE");
        assertThat(browser.text("scheduled-M1")).contains("DONE");

        // and the worklist leads back to the patient
        browser.submit("nav-followup");
        browser.follow(browser.waitFor(By.linkText(serial)));
        assertThat(browser.currentPath()).startsWith("/followup/patient.xhtml");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
