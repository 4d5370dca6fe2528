package it.org.implantdhr.release;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The steps a QA person takes on the review pages, shared by the browser tests of the release pages
 * and the queue.
 */
final class ReviewPageSteps {

    private ReviewPageSteps() {}

    /**
     * Logs in as a demo person. The very first form sent to a freshly started server may find its
     * view gone (the session-expired page); the person then logs in again, as anyone would.
     */
    static Browser login(Browser browser, String username) {
        for (int attempt = 1; ; attempt++) {
            browser.open("/login.xhtml")
                    .type("login:username", username)
                    .type("login:password", username + "-demo")
                    .submit("login:submit");
            browser.waitFor(By.cssSelector("#signed-in-as, #expired"));
            if (!browser.all(By.id("signed-in-as")).isEmpty() || attempt == 2) {
                browser.element("signed-in-as");
                return browser;
            }
        }
    }

    /**
     * Acknowledges each open warning, one form after the other (each acknowledgement reloads the
     * page).
     */
    static void acknowledgeEveryWarning(Browser browser, String comment) {
        for (int guard = 0; guard < 50; guard++) {
            List<WebElement> open = browser.all(By.cssSelector("textarea[id$=':ack:comment']"));
            if (open.isEmpty()) {
                return;
            }
            String id = open.get(0).getAttribute("id");
            browser.type(id, comment);
            submit(browser, id.substring(0, id.length() - "comment".length()) + "submit");
            assertThat(browser.text("page-messages")).contains("acknowledged");
        }
        throw new AssertionError("warnings are not getting acknowledged");
    }

    /** Clicks a button that sends a form and waits for the page that answers. */
    static void submit(Browser browser, String buttonId) {
        browser.submit(buttonId).waitFor(By.id("signed-in-as"));
    }
}
