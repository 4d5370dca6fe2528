package it.org.implantdhr.work;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.build.BuildFixtures;
import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.component.ComponentFixtures;
import it.org.implantdhr.inspection.Fixtures;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Unique;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The production actions that were only in the API, now in the browser: an implant registered on
 * its case's page, its separation-plate lot and mass recorded on its own page, a build's events
 * dispositioned by an engineer. A refused form says why next to the field and stores nothing
 * (checked through the API).
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class ProductionPagesIT {

    @Test
    void anOperatorRegistersAnImplantOnTheCasePageAndSeesItListed(Browser browser) {
        String caseNumber = CaseFixtures.newCase();
        CaseFixtures.design(caseNumber, "V1");
        String serial = Unique.unique("SN-UI");
        browser.loginAs("OPERATOR").open("/work/case.xhtml?case=" + caseNumber);
        assertThat(browser.text("no-implants")).contains("No implant");

        browser.type("implant:serialNumber", serial);
        new Select(browser.element("implant:designVersion")).selectByValue("V1");
        browser.submit("implant:register");

        assertThat(browser.text("recorded"))
                .isEqualTo("Implant " + serial + " registered for case " + caseNumber + ".");
        assertThat(browser.text("implant-" + serial))
                .contains(serial)
                .contains("V1")
                .contains("IN_PROCESS");
        JsonObject implant = expect(People.as("QA").get("/api/implants/" + serial), 200).json();
        assertThat(implant.getString("caseNumber")).isEqualTo(caseNumber);
        assertThat(implant.getString("designVersion")).isEqualTo("V1");
    }

    @Test
    void aRefusedRegistrationIsToldNextToItsFieldAndNothingIsStored(Browser browser) {
        People.as("SURGEON");
        String caseNumber = Unique.unique("CASE-PM");
        expect(
                People.as("ENGINEER")
                        .post(
                                "/api/cases",
                                CaseFixtures.caseJson(
                                                caseNumber, CaseFixtures.SURGEON, "PATIENT_MATCHED")
                                        .replaceFirst(
                                                ",\"prescriptionReference\":\"RX-[0-9]+\"", "")),
                201);
        CaseFixtures.design(caseNumber, "V1");
        String serial = Unique.unique("SN-UI");
        browser.loginAs("OPERATOR").open("/work/case.xhtml?case=" + caseNumber);

        browser.type("implant:serialNumber", "sn 1")
                .type("implant:udiDi", "(01)04012345000018")
                .submit("implant:register");
        assertThat(browser.text("implant:serialNumber-error")).contains("serial number");

        browser.type("implant:serialNumber", serial)
                .type("implant:udiDi", "")
                .submit("implant:register");
        assertThat(browser.text("implant:udiDi-error"))
                .contains("patient-matched")
                .contains("UDI-DI");
        assertThat(browser.all(By.id("implant:serialNumber-error")))
                .extracting(e -> e.getText())
                .allMatch(String::isEmpty);
        assertThat(People.as("QA").get("/api/implants/" + serial).status()).isEqualTo(404);

        String taken = Fixtures.implant();
        browser.type("implant:serialNumber", taken)
                .type("implant:udiDi", "(01)04012345000018")
                .submit("implant:register");
        assertThat(browser.text("implant:serialNumber-error"))
                .isEqualTo("Serial number " + taken + " is already used.");
        assertThat(
                        expect(People.as("QA").get("/api/implants/" + taken), 200)
                                .json()
                                .getString("caseNumber"))
                .isNotEqualTo(caseNumber);
        assertThat(browser.all(By.id("implant-" + taken))).isEmpty();
    }

    @Test
    void anOperatorRecordsThePlateLotAndMassAndCorrectsThemOnlyWithAReason(Browser browser) {
        String serial = Fixtures.implant();
        String caseNumber =
                expect(People.as("QA").get("/api/implants/" + serial), 200)
                        .json()
                        .getString("caseNumber");
        var lot = ComponentFixtures.newLot();
        var other = ComponentFixtures.newLot();
        browser.loginAs("OPERATOR").open("/work/case.xhtml?case=" + caseNumber);
        browser.follow(browser.element("implant-" + serial).findElement(By.linkText(serial)));
        assertThat(browser.text("serial-number")).isEqualTo(serial);
        assertThat(browser.text("plate-lot")).isEqualTo("not recorded");
        assertThat(browser.all(By.id("plate:reason")))
                .as("no reason asked before a first value")
                .isEmpty();

        browser.type("plate:supplier", lot.supplier())
                .type("plate:catalogueNumber", lot.catalogueNumber())
                .type("plate:lotNumber", "NO-SUCH-LOT")
                .submit("plate:record");
        assertThat(browser.text("plate:lotNumber-error")).contains("NO-SUCH-LOT");
        assertThat(absent(implant(serial), "componentLot")).isTrue();

        browser.type("plate:lotNumber", lot.lotNumber()).submit("plate:record");
        assertThat(browser.text("recorded")).contains(lot.lotNumber());
        assertThat(browser.text("plate-lot")).contains(lot.lotNumber()).contains(lot.supplier());
        assertThat(implant(serial).getJsonObject("componentLot").getString("lotNumber"))
                .isEqualTo(lot.lotNumber());

        browser.type("mass:mass", "41.25").submit("mass:record");
        assertThat(browser.text("measured-mass")).isEqualTo("41.25 g");
        assertThat(
                        implant(serial)
                                .getJsonObject("measuredMass")
                                .getJsonNumber("value")
                                .doubleValue())
                .isEqualTo(41.25);

        browser.type("mass:mass", "40.9").submit("mass:record");
        assertThat(browser.text("mass:reason-error")).contains("reason");
        assertThat(
                        implant(serial)
                                .getJsonObject("measuredMass")
                                .getJsonNumber("value")
                                .doubleValue())
                .isEqualTo(41.25);
        browser.type("mass:reason", "Scale recalibrated; weighed again").submit("mass:record");
        assertThat(browser.text("measured-mass")).isEqualTo("40.9 g");

        browser.type("plate:supplier", other.supplier())
                .type("plate:catalogueNumber", other.catalogueNumber())
                .type("plate:lotNumber", other.lotNumber())
                .submit("plate:record");
        assertThat(browser.text("plate:reason-error")).contains("reason");
        assertThat(implant(serial).getJsonObject("componentLot").getString("lotNumber"))
                .isEqualTo(lot.lotNumber());
        browser.type("plate:reason", "Plate damaged while fitting; replaced")
                .submit("plate:record");
        assertThat(browser.text("plate-lot")).contains(other.lotNumber());
        assertThat(implant(serial).getJsonObject("componentLot").getString("lotNumber"))
                .isEqualTo(other.lotNumber());

        browser.submit("back-to-case");
        assertThat(browser.text("implant-" + serial)).contains(other.lotNumber()).contains("40.9");
    }

    @Test
    void anEngineerDispositionsABuildEventAndSeesItDisposed(Browser browser) {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        expect(BuildFixtures.importLog(buildNumber, BuildFixtures.logCsv(400), null), 200);
        long crash = crashEvent(buildNumber).getJsonNumber("id").longValue();
        browser.loginAs("ENGINEER").open("/work/builds.xhtml");
        browser.follow(
                browser.element("build-" + buildNumber).findElement(By.linkText(buildNumber)));
        assertThat(browser.text("event-" + crash)).contains("RECOATER_CRASH").contains("open");

        new Select(browser.element("disposition:event")).selectByValue(String.valueOf(crash));
        browser.submit("disposition:record");
        assertThat(browser.text("disposition:text-error"))
                .isEqualTo("Write the disposition: what was decided about the event.");
        assertThat(absent(crashEvent(buildNumber), "disposition")).as("nothing stored").isTrue();

        String decision =
                "Recoater blade replaced, build resumed; layers 199-201 inspected, no defect.";
        new Select(browser.element("disposition:event")).selectByValue(String.valueOf(crash));
        browser.type("disposition:text", decision).submit("disposition:record");

        assertThat(browser.text("recorded")).contains("layer 201").contains(buildNumber);
        assertThat(browser.text("event-" + crash)).contains(decision).contains("it.engineer");
        var event = crashEvent(buildNumber);
        assertThat(event.getString("disposition")).isEqualTo(decision);
        assertThat(event.getString("dispositionedBy")).isEqualTo("it.engineer");
        assertThat(new Select(browser.element("disposition:event")).getOptions())
                .as("only the events still open are offered")
                .hasSize(1)
                .noneMatch(o -> o.getAttribute("value").equals(String.valueOf(crash)));
    }

    @Test
    @Tag("CFR-11.10g")
    void anOperatorSeesTheEventsButIsNotOfferedTheirDisposition(Browser browser) {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        expect(BuildFixtures.importLog(buildNumber, BuildFixtures.logCsv(40), null), 200);
        browser.loginAs("OPERATOR").open("/work/builds.xhtml?events=" + buildNumber);

        assertThat(browser.text("events")).contains("EXPOSURE_START").contains("RECOATER_CRASH");
        assertThat(browser.text("engineers-dispose")).contains("Engineers");
        assertThat(browser.all(By.id("disposition:text"))).isEmpty();
    }

    private static JsonObject implant(String serial) {
        return expect(People.as("QA").get("/api/implants/" + serial), 200).json();
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name);
    }

    private static JsonObject crashEvent(String buildNumber) {
        return People.as("QA").get("/api/builds/" + buildNumber + "/events").array().stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getString("type").equals("RECOATER_CRASH"))
                .findFirst()
                .orElseThrow();
    }
}
