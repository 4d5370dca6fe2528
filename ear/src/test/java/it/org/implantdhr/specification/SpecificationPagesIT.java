package it.org.implantdhr.specification;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.specification.SpecificationFixtures.BASELINE;
import static it.org.implantdhr.specification.SpecificationFixtures.approvedCopyOfBaseline;
import static it.org.implantdhr.specification.SpecificationFixtures.draft;
import static it.org.implantdhr.specification.SpecificationFixtures.inDays;
import static it.org.implantdhr.specification.SpecificationFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Specification versions in a real browser: a QA manager drafts a new version from an approved one,
 * edits a limit's bounds, strictness, method and description, approves it with the password and
 * sees both side by side, field by field; QA reads them. Each test works on a code of its own
 * (copied from the baseline and in force only years from now), so no evaluation of another test
 * changes.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class SpecificationPagesIT {

    @Test
    void aQaManagerDraftsEditsApprovesAndComparesAVersion(Browser browser) {
        String code = newCode();
        approvedCopyOfBaseline(code, inDays(3650), "[]");
        LocalDate effective = inDays(3660);

        login(browser, "QA_MANAGER").click("nav-specifications");
        browser.open("/qa/specifications.xhtml?code=" + code);
        assertThat(browser.text("shown-code")).isEqualTo(code);
        browser.waitFor(By.cssSelector("tr[data-version='1.0'] a.draft-from")).click();

        // a draft without a reason is refused next to the field
        browser.element("new-draft:code");
        assertThat(browser.element("new-draft:code").getAttribute("value")).isEqualTo(code);
        browser.type("new-draft:version", "1.1");
        date(browser, "new-draft:effective", effective);
        submit(browser, "new-draft:create");
        assertThat(browser.text("new-draft:rationale-error")).contains("required");
        expect(People.as("QA").get("/api/specifications/" + code + "/1.1"), 404);

        browser.type("new-draft:version", "1.1");
        date(browser, "new-draft:effective", effective);
        browser.type("new-draft:rationale", "Tighter oxygen after the supplier audit");
        submit(browser, "new-draft:create");
        assertThat(browser.text("page-messages")).contains("Draft " + code + " 1.1 created");

        // edit one limit: a bound that is no number is refused next to its input, then the right
        // one is saved
        int row = rowOf(browser, "PWD-CHEM-O");
        browser.type("edit:limits:" + row + ":upper", "0.1x");
        browser.type("edit:reason", "supplier audit");
        submit(browser, "edit:save");
        assertThat(browser.text("edit:limits:" + row + ":upper-error")).contains("not a number");
        browser.type("edit:limits:" + row + ":upper", "0.12");
        browser.type("edit:reason", "supplier audit");
        submit(browser, "edit:save");
        assertThat(browser.text("page-messages")).contains("1 limit(s) changed");
        assertThat(browser.element("edit:limits:" + row + ":upper").getAttribute("value"))
                .isEqualTo("0.12");

        // approve: the meaning is shown, a wrong password signs nothing
        assertThat(browser.text("approve-meaning"))
                .contains("APPROVAL", code + " 1.1", effective.toString());
        browser.type("approve:password", "not-the-password");
        submit(browser, "approve:submit");
        assertThat(browser.text("approve:password-error")).contains("password does not match");
        assertThat(
                        expect(People.as("QA").get("/api/specifications/" + code + "/1.1"), 200)
                                .json()
                                .getString("status"))
                .isEqualTo("DRAFT");

        browser.type("approve:password", People.PASSWORD);
        submit(browser, "approve:submit");
        assertThat(browser.text("page-messages")).contains(code + " 1.1 approved", "APPROVAL");
        var approved =
                expect(People.as("QA").get("/api/specifications/" + code + "/1.1"), 200).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("effectiveFrom")).isEqualTo(effective.toString());
        assertThat(approved.getJsonObject("approval").getString("meaning")).isEqualTo("APPROVAL");

        // the two versions side by side: the changed limit is marked, the others align unchanged
        assertThat(browser.text("compare-summary")).startsWith("1 of ");
        WebElement changed =
                browser.waitFor(By.cssSelector("#comparison tr[data-limit='PWD-CHEM-O/O']"));
        assertThat(changed.getAttribute("class")).isEqualTo("changed");
        assertThat(changed.findElement(By.cssSelector("td.a")).getText()).contains("0.13");
        assertThat(changed.findElement(By.cssSelector("td.b")).getText()).contains("0.12");
        WebElement same =
                browser.waitFor(By.cssSelector("#comparison tr[data-limit='PWD-CHEM-H/H']"));
        assertThat(same.getAttribute("class")).isEqualTo("same");
        assertThat(browser.all(By.cssSelector("#comparison tbody tr")).size()).isGreaterThan(20);

        browser.click("compare:changed");
        submit(browser, "compare:submit");
        List<WebElement> rows = browser.all(By.cssSelector("#comparison tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getAttribute("data-limit")).isEqualTo("PWD-CHEM-O/O");
    }

    @Test
    void aQaManagerChangesStrictnessAndMethodOfALimitAndSeesThemSideBySide(Browser browser) {
        String code = newCode();
        approvedCopyOfBaseline(code, inDays(3650), "[]");
        expect(draft(code, code, "1.0", "1.1", inDays(3660), "[]"), 201);
        login(browser, "QA_MANAGER").open("/qa/specifications.xhtml?code=" + code + "&draft=1.1");
        assertThat(browser.text("unit-note")).contains("Units stay");
        int oxygen = rowOf(browser, "PWD-CHEM-O", "O");
        int setpoint = rowOf(browser, "HT-BAND", "setpoint");
        String o = "edit:limits:" + oxygen + ":";
        String s = "edit:limits:" + setpoint + ":";
        assertThat(browser.all(By.id(o + "unit"))).as("the unit is shown, not edited").isEmpty();

        // "strictly" without a bound is refused next to its choice, before anything is sent
        choose(browser, o + "lower-bound", "strict");
        browser.type("edit:reason", "oxygen compared as reported, strictly below");
        submit(browser, "edit:save");
        assertThat(browser.text(o + "lower-bound-error")).contains("Only a bound can be strict");

        // a valid change and a refused one in one request: the refusal is shown next to its row,
        // nothing is stored
        choose(browser, o + "lower-bound", "inclusive");
        choose(browser, o + "upper-bound", "strict");
        choose(browser, o + "comparison", "ABSOLUTE");
        browser.type(o + "description", "Powder oxygen content, strictly below the bound");
        choose(browser, s + "upper-bound", "strict");
        browser.type("edit:reason", "oxygen compared as reported, strictly below");
        submit(browser, "edit:save");
        assertThat(browser.text(s + "lower-error")).contains("no value could pass");
        assertThat(selected(browser, o + "comparison"))
                .as("the input is kept")
                .isEqualTo("ABSOLUTE");
        JsonObject stored = limit(code, "1.1", "PWD-CHEM-O", "O");
        assertThat(stored.getBoolean("upperStrict")).isFalse();
        assertThat(stored.getString("comparison")).isEqualTo("ROUNDED");

        choose(browser, s + "upper-bound", "inclusive");
        browser.type("edit:reason", "oxygen compared as reported, strictly below");
        submit(browser, "edit:save");
        assertThat(browser.element(o + "description").getAttribute("value"))
                .contains("strictly below the bound");
        assertThat(selected(browser, o + "upper-bound")).isEqualTo("strict");
        stored = limit(code, "1.1", "PWD-CHEM-O", "O");
        assertThat(stored.getBoolean("upperStrict")).isTrue();
        assertThat(stored.getString("comparison")).isEqualTo("ABSOLUTE");
        assertThat(stored.getString("unit")).isEqualTo("wt%");
        assertThat(stored.getString("text")).isEqualTo("< 0.13 wt%");
        assertThat(limit(code, "1.1", "HT-BAND", "setpoint").getBoolean("upperStrict")).isFalse();

        browser.type("approve:password", People.PASSWORD);
        submit(browser, "approve:submit");
        assertThat(limitsOf(code, "1.1").getString("status")).isEqualTo("APPROVED");

        // side by side: which fields differ, and each side as it compares
        assertThat(browser.text("compare-summary")).startsWith("1 of ");
        WebElement changed =
                browser.waitFor(By.cssSelector("#comparison tr[data-limit='PWD-CHEM-O/O']"));
        assertThat(changed.getAttribute("class")).isEqualTo("changed");
        assertThat(changed.findElement(By.cssSelector("td.a")).getText())
                .contains("≤ 0.13 wt% (rounded)", "Powder oxygen content");
        assertThat(changed.findElement(By.cssSelector("td.b")).getText())
                .contains("< 0.13 wt% (absolute)", "strictly below the bound");
        assertThat(changed.findElement(By.cssSelector("td.mark")).getText())
                .contains("upper strictness", "method", "description")
                .doesNotContain("unit");
        WebElement same =
                browser.waitFor(By.cssSelector("#comparison tr[data-limit='PWD-CHEM-H/H']"));
        assertThat(same.findElement(By.cssSelector("td.b")).getText())
                .isEqualTo("≤ 0.012 wt% (rounded)");
    }

    @Test
    @Tag("CFR-11.10g")
    void qaReadsTheVersionsButDraftsNothing(Browser browser) {
        login(browser, "QA").open("/qa/specifications.xhtml");

        assertThat(browser.text("shown-code")).isEqualTo(BASELINE);
        assertThat(browser.waitFor(By.cssSelector("tr[data-version='1.0']")).getText())
                .contains("2024-01-01");
        assertThat(browser.all(By.cssSelector("a.draft-from"))).isEmpty();
        browser.open("/qa/specifications.xhtml?code=" + BASELINE + "&from=1.0");
        assertThat(browser.all(By.id("new-draft:create"))).isEmpty();
    }

    /**
     * Logs in as the test user of a role. The very first form sent to a freshly started server may
     * find its view gone (the session-expired page); the person then logs in again, as anyone
     * would.
     */
    private static Browser login(Browser browser, String role) {
        People.as(role);
        String username = "it." + role.toLowerCase().replace('_', '-');
        for (int attempt = 1; ; attempt++) {
            browser.open("/login.xhtml")
                    .type("login:username", username)
                    .type("login:password", People.PASSWORD)
                    .click("login:submit");
            browser.waitFor(By.cssSelector("#signed-in-as, #expired"));
            if (!browser.all(By.id("signed-in-as")).isEmpty() || attempt == 2) {
                browser.element("signed-in-as");
                return browser;
            }
        }
    }

    /** The index of the limits table row of a check. */
    private static int rowOf(Browser browser, String checkId) {
        List<WebElement> rows = browser.all(By.cssSelector("table.limits tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElement(By.tagName("code")).getText().equals(checkId)) {
                return i;
            }
        }
        throw new AssertionError(checkId + " is not in the draft's limits");
    }

    /** The index of the limits table row of a check's parameter. */
    private static int rowOf(Browser browser, String checkId, String parameter) {
        List<WebElement> rows = browser.all(By.cssSelector("table.limits tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)
                    .findElement(By.tagName("td"))
                    .getText()
                    .strip()
                    .equals(checkId + " " + parameter)) {
                return i;
            }
        }
        throw new AssertionError(checkId + "/" + parameter + " is not in the draft's limits");
    }

    private static void choose(Browser browser, String id, String value) {
        new Select(browser.element(id)).selectByValue(value);
    }

    private static String selected(Browser browser, String id) {
        return new Select(browser.element(id)).getFirstSelectedOption().getAttribute("value");
    }

    /** A limit of a version as the API shows it. */
    private static JsonObject limit(String code, String version, String checkId, String parameter) {
        return limitsOf(code, version).getJsonArray("limits").getValuesAs(JsonObject.class).stream()
                .filter(
                        l ->
                                l.getString("checkId").equals(checkId)
                                        && l.getString("parameter").equals(parameter))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject limitsOf(String code, String version) {
        return expect(People.as("QA").get("/api/specifications/" + code + "/" + version), 200)
                .json();
    }

    /**
     * A date input takes its value in the browser's locale when typed; set it as the form sends it.
     */
    private static void date(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];", browser.element(id), date.toString());
    }

    private static void submit(Browser browser, String buttonId) {
        browser.submit(buttonId).waitFor(By.id("signed-in-as"));
    }
}
