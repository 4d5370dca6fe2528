package it.org.implantdhr.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Signing in and out in a real browser, what each role is offered, and what protects the session.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class LoginIT {

    /**
     * A visitor starts at the application's address: anonymous, they are sent to the login page (no
     * "Welcome," without a name, no Log out); signed in, each role lands on its own start page and
     * is offered its own work.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "OPERATOR   | /work/index.xhtml      | nav-work                                  | nav-queue,nav-audit,nav-cases",
                "ENGINEER   | /work/index.xhtml      | nav-work                                  | nav-queue,nav-audit,nav-cases",
                "QA         | /qa/queue.xhtml        | nav-work,nav-queue,nav-implants,nav-audit | nav-cases",
                "QA_MANAGER | /qa/queue.xhtml        | nav-queue,nav-specifications,nav-trace    | nav-cases",
                "REGULATOR  | /record/implants.xhtml | nav-implants,nav-audit,nav-trace          | nav-work,nav-queue,nav-cases",
                "SURGEON    | /surgeon/cases.xhtml   | nav-cases                                 | nav-work,nav-queue,nav-audit",
                "ADMIN      | /admin/users.xhtml     | nav-audit                                 | nav-work,nav-queue,nav-cases"
            })
    @Tag("CFR-11.10d")
    void everyVisitorStartsAtTheLoginAndEachRoleLandsOnItsOwnWork(
            String role, String startPage, String offered, String notOffered, Browser browser) {
        People.as(role);
        browser.open("/");
        browser.waitFor(By.id("login:username"));
        assertThat(browser.currentPath())
                .as("an anonymous visitor is sent to the login page")
                .startsWith("/login.xhtml");
        assertThat(browser.pageText()).doesNotContain("Welcome");
        assertThat(browser.all(By.id("session:logout")))
                .as("no Log out for an anonymous visitor")
                .isEmpty();

        String username = "it." + role.toLowerCase().replace('_', '-');
        browser.type("login:username", username)
                .type("login:password", People.PASSWORD)
                .submit("login:submit");
        browser.waitFor(By.id("signed-in-as"));

        assertThat(browser.currentPath()).as(role + "'s start page").isEqualTo(startPage);
        assertThat(browser.text("signed-in-as")).isEqualTo(username);
        for (String link : offered.split(",")) {
            assertThat(browser.all(By.id(link))).as(role + " is offered " + link).hasSize(1);
        }
        for (String link : notOffered.split(",")) {
            assertThat(browser.all(By.id(link))).as(role + " is not offered " + link).isEmpty();
        }
        assertThat(browser.all(By.id("nav-verify"))).hasSize(1);

        // the application's address leads a signed-in person to the same start page
        browser.open("/");
        browser.waitFor(By.id("signed-in-as"));
        assertThat(browser.currentPath()).isEqualTo(startPage);
    }

    /**
     * The first form a new browser sends, without any form before it, is answered by the page it
     * asked for. The login page's style sheet used to need a login: its redirect rendered a second
     * login view into the new session while the first one was still being rendered, and the view
     * the form belonged to could be lost ("session expired" for the first form after a deployment,
     * when the server is slow). The browser is started here, not resolved, because the resolved one
     * has sent a form already.
     */
    @Test
    void aNewBrowsersFirstFormIsAnsweredByThePageNotBySessionExpired() {
        People.as("QA");
        try (Browser fresh = Browser.start()) {
            fresh.open("/login.xhtml");
            assertThat(
                            ((JavascriptExecutor) fresh.driver())
                                    .executeScript(
                                            "var link = document.querySelector('link[rel=stylesheet]');"
                                                    + "return link !== null && link.sheet !== null && link.sheet.cssRules.length > 0;"))
                    .as("the login page's style sheet is applied")
                    .isEqualTo(true);

            fresh.type("login:username", "it.qa")
                    .type("login:password", People.PASSWORD)
                    .submit("login:submit");

            assertThat(fresh.all(By.id("expired")))
                    .as("the first form is not answered 'session expired'")
                    .isEmpty();
            assertThat(fresh.text("signed-in-as")).isEqualTo("it.qa");
        }
    }

    @Test
    void thePublicPagesStyleSheetNeedsNoLoginAndOpensNoSession() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> login =
                http.send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher stylesheet = Pattern.compile("<link[^>]+href=\"([^\"]+)\"").matcher(login.body());
        assertThat(stylesheet.find()).as("the login page links its style sheet").isTrue();

        HttpResponse<String> css =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                Api.BASE
                                                        + stylesheet
                                                                .group(1)
                                                                .replace("&amp;", "&")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(css.statusCode()).as("served, not a redirect to the login page").isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void aWrongPasswordIsToldNextToThePasswordField(Browser browser) {
        People.as("QA");
        browser.open("/login.xhtml")
                .type("login:username", "it.qa")
                .type("login:password", "not-the-password")
                .submit("login:submit");

        assertThat(browser.text("login:password-error")).contains("wrong");
        assertThat(browser.all(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void emptyFieldsAreToldEachNextToItsField(Browser browser) {
        browser.open("/login.xhtml").submit("login:submit");

        assertThat(browser.text("login:username-error")).isEqualTo("Enter your user name.");
        assertThat(browser.text("login:password-error")).isEqualTo("Enter your password.");
    }

    @Test
    void aPageAskedForBeforeLoginOpensAfterIt(Browser browser) {
        People.as("REGULATOR");
        browser.open("/record/audit.xhtml");
        assertThat(browser.currentPath()).startsWith("/login.xhtml?next=");

        browser.type("login:username", "it.regulator")
                .type("login:password", People.PASSWORD)
                .submit("login:submit");
        browser.waitFor(By.id("signed-in-as"));
        assertThat(browser.currentPath()).isEqualTo("/record/audit.xhtml");
    }

    @Test
    void aLoginNeverSendsThePersonToAnotherSite(Browser browser) {
        People.as("QA");
        browser.open("/login.xhtml?next=//evil.example/phish")
                .type("login:username", "it.qa")
                .type("login:password", People.PASSWORD)
                .submit("login:submit");
        browser.waitFor(By.id("signed-in-as"));
        assertThat(browser.currentPath()).as("QA's start page").isEqualTo("/qa/queue.xhtml");
    }

    @Test
    @Tag("CFR-11.10d")
    void afterLogoutThePagesAskForALoginAgain(Browser browser) {
        browser.loginAs("QA").submit("session:logout");

        assertThat(browser.text("logged-out")).isEqualTo("You are logged out.");
        browser.open("/index.xhtml");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
    }

    @Test
    @Tag("CFR-11.10h")
    void aFormWithoutTheSessionsTokenIsRefusedAndChangesNothing(Browser browser) {
        browser.loginAs("QA");
        // what a forged cross-site form would send: the right fields, but not this session's view
        // state
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelector('#session input[name=\"jakarta.faces.ViewState\"]').value = 'forged';");
        browser.submit("session:logout");

        assertThat(browser.text("expired")).contains("Nothing was saved");
        browser.open("/index.xhtml");
        assertThat(browser.all(By.id("signed-in-as")))
                .as("still logged in: the forged logout did nothing")
                .hasSize(1);
    }

    @Test
    void theBrowserSessionDoesNotOpenTheApi(Browser browser) throws Exception {
        browser.loginAs("QA");
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<String> answer =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(Api.BASE + "/api/users/me"))
                                        .header("Cookie", "JSESSIONID=" + cookie)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as("the API takes only its own credentials").isEqualTo(401);
    }

    @Test
    @Tag("CFR-11.10g")
    void aRoleSeesNoPagesOfAnotherRolesArea(Browser browser) throws Exception {
        browser.loginAs("OPERATOR").open("/qa/queue.xhtml");

        assertThat(browser.pageText()).contains("not allowed");
        String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> answer =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(Api.BASE + "/qa/queue.xhtml"))
                                        .header("Cookie", "JSESSIONID=" + cookie)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the refusal stays a refusal").isEqualTo(403);
        assertThat(answer.body()).contains("not allowed").doesNotContain("Work queue</h1>");
    }

    @Test
    void pagesLoadNothingFromOtherServers() throws Exception {
        HttpResponse<String> login =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        policy ->
                                assertThat(policy)
                                        .startsWith("default-src 'self'")
                                        .contains("frame-ancestors 'none'"));
        assertThat(login.body()).doesNotContain("src=\"http").doesNotContain("href=\"http");
    }
}
