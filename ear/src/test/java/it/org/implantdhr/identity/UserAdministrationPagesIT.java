package it.org.implantdhr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator creates and deactivates people in the browser; nobody else reaches the page.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class UserAdministrationPagesIT {

    private static final String PASSWORD = "a-first-password-2026";

    @Test
    void anAdministratorCreatesAPersonWhoCanThenLogIn(Browser browser) {
        String name = "new.qa." + System.nanoTime();
        asAdministrator(browser).submit("nav-users");
        browser.type("user:username", name)
                .type("user:fullName", "Nora New")
                .type("user:password", PASSWORD);
        role(browser, "QA").click();
        role(browser, "REGULATOR").click();
        browser.submit("user:create");

        assertThat(browser.text("recorded")).contains("User " + name + " created");
        assertThat(
                        browser.element("users")
                                .findElement(By.cssSelector("tr[data-user='" + name + "']"))
                                .getText())
                .contains("Nora New", "QA, REGULATOR", "active");
        JsonObject me = Api.as(name, PASSWORD).get("/api/users/me").json();
        assertThat(me.getString("fullName")).isEqualTo("Nora New");
        assertThat(
                        me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("QA", "REGULATOR");
    }

    @Test
    void aRefusedPersonIsToldNextToTheFieldAndNothingIsStored(Browser browser) {
        String name = "short.password." + System.nanoTime();
        asAdministrator(browser).open("/admin/users.xhtml");
        browser.type("user:username", name)
                .type("user:fullName", "Sam Short")
                .type("user:password", "too-short");
        role(browser, "OPERATOR").click();
        browser.submit("user:create");

        assertThat(browser.text("user:password-error")).contains("at least 12 characters");
        assertThat(People.admin().get("/api/users").text()).doesNotContain(name);

        browser.open("/admin/users.xhtml")
                .type("user:username", name)
                .type("user:fullName", "Sam Short")
                .type("user:password", PASSWORD)
                .submit("user:create");
        assertThat(browser.text("user:roles-error")).isEqualTo("Choose at least one role.");
        assertThat(People.admin().get("/api/users").text()).doesNotContain(name);
    }

    @Test
    @Tag("CFR-11.10d")
    @Tag("CFR-11.300")
    void aDeactivationNeedsAReasonAndTheDeactivatedPersonCannotLogIn(Browser browser) {
        String name = "leaving." + System.nanoTime();
        assertThat(
                        People.admin()
                                .post(
                                        "/api/users",
                                        """
                {"username":"%s","fullName":"Lee Leaving","password":"%s","roles":["OPERATOR"]}"""
                                                .formatted(name, PASSWORD))
                                .status())
                .isEqualTo(201);
        asAdministrator(browser).open("/admin/users.xhtml");

        new Select(browser.element("deactivation:person")).selectByValue(name);
        browser.submit("deactivation:deactivate");
        assertThat(browser.text("deactivation:reason-error")).contains("Say why " + name);
        assertThat(Api.as(name, PASSWORD).get("/api/users/me").status()).isEqualTo(200);

        new Select(browser.element("deactivation:person")).selectByValue(name);
        browser.type("deactivation:reason", "Left the company on 2026-11-30")
                .submit("deactivation:deactivate");
        assertThat(browser.text("recorded")).contains("User " + name + " deactivated");
        assertThat(
                        browser.element("users")
                                .findElement(By.cssSelector("tr[data-user='" + name + "'] .state"))
                                .getText())
                .isEqualTo("deactivated");
        assertThat(Api.as(name, PASSWORD).get("/api/users/me").status()).isEqualTo(401);
        assertThat(
                        browser.all(
                                By.cssSelector(
                                        "#deactivation\\:person option[value='" + name + "']")))
                .isEmpty();
    }

    @Test
    void anAdministratorCannotDeactivateTheirOwnAccount(Browser browser) {
        asAdministrator(browser).open("/admin/users.xhtml");
        new Select(browser.element("deactivation:person")).selectByValue("admin");
        browser.type("deactivation:reason", "testing").submit("deactivation:deactivate");

        assertThat(browser.text("deactivation:person-error")).contains("another administrator");
        assertThat(People.admin().get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    @Tag("CFR-11.10g")
    void otherRolesDoNotReachThePage(Browser browser) {
        browser.loginAs("QA_MANAGER");
        assertThat(browser.all(By.id("nav-users"))).isEmpty();

        browser.open("/admin/users.xhtml");
        assertThat(browser.pageText()).contains("not allowed");
        assertThat(browser.all(By.id("user:create"))).isEmpty();
    }

    private static Browser asAdministrator(Browser browser) {
        return browser.loginAs("admin", People.ADMIN_PASSWORD);
    }

    private static org.openqa.selenium.WebElement role(Browser browser, String role) {
        return browser.waitFor(By.cssSelector("input[name='user:roles'][value='" + role + "']"));
    }
}
