package it.org.implantdhr.vigilance;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A QA manager in the browser, by links only: the start page's alert of a report due soon leads to
 * the case page, with the case's deadline, its trace and every sibling implant with where it is; a
 * decision without a reason is refused at its field, then signed and shown; a recall of the build
 * is made from the case.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class VigilanceCasePageIT {

    @Test
    @Tag("CFR-11.50")
    void aQaManagerFollowsTheAlertToTheCaseSignsItsDecisionAndRecallsTheBuild(Browser browser) {
        Plant.Recorded plant = Plant.implants(3).implanted();
        String serial = plant.serial();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        expect(
                plant.surgeon(0)
                        .post(
                                "/api/implantations/" + serial + "/explantation",
                                """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"IMPLANT_FRACTURE","reasonText":"plate fractured",
                 "deviceReturned":true}"""
                                        .formatted(today)),
                201);
        String caseNumber =
                expect(People.as("QA").get("/api/vigilance/cases"), 200)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(c -> c.getString("serialNumber").equals(serial))
                        .findFirst()
                        .orElseThrow()
                        .getString("caseNumber");

        browser.loginAs("QA_MANAGER");
        browser.follow(
                browser.waitFor(
                        By.xpath(
                                "//section[@id='vigilance-due-alert']//a[text()='"
                                        + caseNumber
                                        + "']")));
        assertThat(browser.currentPath()).startsWith("/record/vigilance-case.xhtml");
        assertThat(browser.text("case-number")).isEqualTo(caseNumber);
        assertThat(browser.text("days-left")).isEqualTo("due in 2 days");
        assertThat(browser.element("deadline-alert").getText()).contains("due in 2 days");
        assertThat(browser.text("case-implant")).isEqualTo(serial);
        var build =
                browser.waitFor(
                        By.xpath(
                                "//article[@data-kind='build'][@data-key='"
                                        + plant.build()
                                        + "']"));
        for (String sibling : plant.serials().subList(1, 3)) {
            assertThat(
                            build.findElement(By.xpath(".//tr[@data-serial='" + sibling + "']"))
                                    .getText())
                    .contains("implanted", "ACTIVE");
        }
        // where the case's implant and its neighbours stood on the plate (Plant's 40 mm grid)
        assertThat(browser.text("build-plate-position"))
                .isEqualTo("Build " + plant.build() + ", plate position x 20.0 mm, y 20.0 mm (P1)");
        assertThat(
                        build.findElement(
                                        By.xpath(
                                                ".//tr[@data-serial='"
                                                        + plant.serials().get(2)
                                                        + "']/td[@class='plate-position']"))
                                .getText())
                .isEqualTo("x 100.0 mm, y 20.0 mm (P3)");
        // the build's two, and more through the inspection instrument the test plants share
        assertThat(Integer.parseInt(browser.text("sibling-count"))).isGreaterThanOrEqualTo(2);

        new Select(browser.element("decide:reportable")).selectByValue("true");
        new Select(browser.element("decide:deadline")).selectByValue("MDR_OTHER_SERIOUS_INCIDENT");
        browser.type("decide:password", People.PASSWORD);
        browser.submit("decide:submit");
        assertThat(browser.text("decide:reason-error")).isNotBlank();
        assertThat(browser.text("no-decision")).isNotBlank();

        new Select(browser.element("decide:reportable")).selectByValue("true");
        new Select(browser.element("decide:deadline")).selectByValue("MDR_OTHER_SERIOUS_INCIDENT");
        browser.type("decide:reason", "plate fracture with explant: a serious incident");
        browser.type("decide:password", People.PASSWORD);
        browser.submit("decide:submit");
        assertThat(browser.pageText()).contains("Decision signed: reportable under EU MDR Art. 87");
        assertThat(browser.element("decision-list").getText())
                .contains("reportable", "REPORTABILITY", today.plusDays(15).toString());
        assertThat(browser.text("days-left")).isEqualTo("due in 15 days");
        assertThat(browser.all(By.id("deadline-alert"))).isEmpty();

        new Select(browser.element("recall:target")).selectByValue("BUILD|" + plant.build());
        browser.type("recall:reason", "plate fracture; the build is suspected");
        browser.type("recall:password", People.PASSWORD);
        browser.submit("recall:submit");
        assertThat(browser.element("recall-list").getText())
                .contains("BUILD " + plant.build(), "3 implants", "RECALL");

        // the implant's record and the build's forward trace show the same positions
        browser.open("/record/implant.xhtml?serial=" + plant.serials().get(1));
        assertThat(browser.text("build-plate-position"))
                .isEqualTo(plant.build() + " · plate position x 60.0 mm, y 20.0 mm (P2)");
        browser.open("/record/trace.xhtml?origin=BUILD&key=" + plant.build());
        assertThat(
                        browser.all(By.cssSelector("#forward-implants td.plate-position")).stream()
                                .map(e -> e.getText()))
                .containsExactly(
                        "x 20.0 mm, y 20.0 mm (P1)",
                        "x 60.0 mm, y 20.0 mm (P2)",
                        "x 100.0 mm, y 20.0 mm (P3)");
    }
}
