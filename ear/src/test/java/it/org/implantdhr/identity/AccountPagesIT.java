package it.org.implantdhr.identity;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Accounts in a real browser: the lockout on the login page with its alert and the administrator's
 * unlock, a person's own password change, the administrator's reset that forces a change at the
 * next login, and open sessions that end at once when the account changes. Each test uses people of
 * its own.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class AccountPagesIT {

    private static Browser failLogin(Browser browser, String username, String password) {
        browser.open("/login.xhtml")
                .type("login:username", username)
                .type("login:password", password)
                .submit("login:submit");
        return browser;
    }

    private static Browser asAdministrator(Browser browser) {
        return browser.loginAs("admin", People.ADMIN_PASSWORD);
    }

    @Test
    @Tag("CFR-11.300")
    void fiveWrongPasswordsOnTheLoginPageLockAndTheAdministratorSeesAndUnlocks(Browser browser) {
        String name = Accounts.created("page.lock", "OPERATOR");
        for (int i = 1; i <= 4; i++) {
            failLogin(browser, name, "not-the-password-" + i);
            assertThat(browser.text("login:password-error")).as("attempt " + i).contains("wrong");
        }
        failLogin(browser, name, "not-the-password-5");
        assertThat(browser.text("login:password-error")).contains("locked");
        failLogin(browser, name, Accounts.PASSWORD);
        assertThat(browser.text("login:password-error"))
                .as("the right password while locked")
                .contains("locked");
        assertThat(browser.all(By.id("signed-in-as"))).isEmpty();

        try (Browser admin = Browser.start()) {
            asAdministrator(admin);
            assertThat(admin.currentPath()).isEqualTo("/admin/users.xhtml");
            assertThat(
                            admin.element("sign-in-alert-list")
                                    .findElement(By.cssSelector("tr[data-alert='" + name + "']"))
                                    .getText())
                    .contains("LOGIN", "LOCKED");
            new Select(admin.element("unlock:person")).selectByValue(name);
            admin.type("unlock:reason", "Identity checked by phone").submit("unlock:unlock");
            assertThat(admin.text("recorded")).contains(name + " unlocked");
        }
        browser.loginAs(name, Accounts.PASSWORD);
        assertThat(browser.text("signed-in-as")).isEqualTo(name);
    }

    @Test
    @Tag("CFR-11.300")
    void theQaManagersStartPageShowsTheAlert(Browser browser) {
        String name = Accounts.created("alert", "OPERATOR");
        for (int i = 0; i < 5; i++) {
            expect(Api.as(name, "wrong-password-" + i).get("/api/users/me"), 401);
        }
        browser.loginAs("QA_MANAGER");
        assertThat(browser.currentPath()).isEqualTo("/qa/queue.xhtml");
        assertThat(
                        browser.element("sign-in-alert-list")
                                .findElement(By.cssSelector("tr[data-alert='" + name + "']"))
                                .getText())
                .contains("API", "LOCKED");
    }

    @Test
    @Tag("CFR-11.300")
    void aPersonChangesTheirOwnPasswordFromTheHeader(Browser browser) {
        String name = Accounts.created("page.change", "REGULATOR");
        browser.loginAs(name, Accounts.PASSWORD).submit("nav-password");
        assertThat(browser.currentPath()).isEqualTo("/account/password.xhtml");

        browser.type("password:current", "not-my-password")
                .type("password:new", "a-new-and-long-one")
                .type("password:repeated", "a-new-and-long-one")
                .submit("password:change");
        assertThat(browser.text("password:current-error")).contains("does not match");

        browser.type("password:current", Accounts.PASSWORD)
                .type("password:new", "short-one-1")
                .type("password:repeated", "short-one-1")
                .submit("password:change");
        assertThat(browser.text("password:new-error")).contains("at least 12");

        browser.type("password:current", Accounts.PASSWORD)
                .type("password:new", "a-new-and-long-one")
                .type("password:repeated", "a-new-and-long-one")
                .submit("password:change");
        assertThat(browser.currentPath()).isEqualTo("/record/implants.xhtml");
        assertThat(browser.text("signed-in-as")).as("this session goes on").isEqualTo(name);
        assertThat(browser.pageText()).doesNotContain("a-new-and-long-one");

        expect(Api.as(name, "a-new-and-long-one").get("/api/users/me"), 200);
        assertThat(Accounts.as(name).get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    @Tag("CFR-11.300")
    @Tag("CFR-11.10d")
    void anAdministratorsResetForcesANewPasswordAtTheNextLogin(Browser browser) {
        String name = Accounts.created("page.reset", "OPERATOR");
        asAdministrator(browser);
        assertThat(browser.all(By.cssSelector("#roles\\:person option[value='admin']")))
                .as("the administrator's own account is not offered")
                .isEmpty();
        new Select(browser.element("reset:person")).selectByValue(name);
        browser.type("reset:reason", "Forgot the password").submit("reset:reset");
        String temporary = browser.text("temporary-password");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        browser.open("/admin/users.xhtml");
        assertThat(browser.all(By.id("temporary-password"))).as("shown once").isEmpty();
        browser.submit("session:logout");

        browser.loginAs(name, temporary);
        assertThat(browser.currentPath()).startsWith("/account/password.xhtml");
        assertThat(browser.text("change-due")).contains("reset by an administrator");
        browser.open("/work/index.xhtml");
        assertThat(browser.currentPath())
                .as("nothing but the password page until it is changed")
                .startsWith("/account/password.xhtml");

        browser.type("password:current", temporary)
                .type("password:new", "chosen-by-myself-77")
                .type("password:repeated", "chosen-by-myself-77")
                .submit("password:change");
        assertThat(browser.currentPath()).isEqualTo("/work/index.xhtml");
        expect(Api.as(name, "chosen-by-myself-77").get("/api/users/me"), 200);
    }

    @Test
    @Tag("CFR-11.10d")
    @Tag("CFR-11.10g")
    void aDeactivatedPersonsOpenSessionCannotEvaluateAnImplant(Browser browser) {
        String name = Accounts.created("page.leaving", "QA");
        String serial = Plant.implants(1).recorded().serial();
        browser.loginAs(name, Accounts.PASSWORD).open("/qa/review.xhtml?serial=" + serial);
        browser.waitFor(By.id("evaluate:submit"));

        expect(
                Accounts.reason(People.admin(), "/api/users/" + name + "/deactivation", "Left"),
                200);

        browser.submit("evaluate:submit");
        assertThat(browser.currentPath()).startsWith("/login.xhtml?ended=true");
        assertThat(browser.text("session-ended")).contains("account was changed");
        assertThat(expect(Plant.QUINN.get("/api/implants/" + serial), 200).text())
                .as("no evaluation by the deactivated person")
                .doesNotContain(name);
    }

    @Test
    @Tag("CFR-11.10g")
    void aRoleChangeEndsTheOpenSession(Browser browser) {
        String name = Accounts.created("page.roles", "QA");
        browser.loginAs(name, Accounts.PASSWORD);
        assertThat(browser.currentPath()).isEqualTo("/qa/queue.xhtml");

        expect(
                People.admin()
                        .put(
                                "/api/users/" + name + "/roles",
                                "{\"roles\":[\"REGULATOR\"],\"reason\":\"Moved to audits\"}"),
                200);
        browser.open("/qa/queue.xhtml");
        assertThat(browser.currentPath()).startsWith("/login.xhtml?ended=true");
        browser.loginAs(name, Accounts.PASSWORD);
        assertThat(browser.currentPath()).isEqualTo("/record/implants.xhtml");
    }

    @Test
    @Tag("CFR-11.10g")
    void anAdministratorChangesRolesOnThePageButNotTheirOwn(Browser browser) {
        String name = Accounts.created("page.promote", "OPERATOR");
        asAdministrator(browser);
        new Select(browser.element("roles:person")).selectByValue(name);
        browser.element("roles")
                .findElement(By.cssSelector("input[name='roles:newRoles'][value='ENGINEER']"))
                .click();
        browser.type("roles:reason", "Trained as engineer").submit("roles:change");
        assertThat(browser.text("recorded")).contains("The roles of " + name + " are now ENGINEER");
        assertThat(
                        browser.element("users")
                                .findElement(By.cssSelector("tr[data-user='" + name + "']"))
                                .getText())
                .contains("ENGINEER")
                .doesNotContain("OPERATOR");
    }
}
