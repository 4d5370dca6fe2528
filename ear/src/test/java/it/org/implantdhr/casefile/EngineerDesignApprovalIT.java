package it.org.implantdhr.casefile;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The design engineer approves a design in the browser, from their start page through the case to
 * the design, with the same e-signature dialog as the surgeon; others who record evidence see the
 * design but do not sign it.
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
class EngineerDesignApprovalIT {

    @Test
    @Tag("CFR-11.50")
    @Tag("CFR-11.70")
    @Tag("CFR-11.200")
    void anEngineerApprovesADesignFromTheirStartPageWithTheirSignature(Browser browser) {
        String caseNumber = CaseFixtures.newCase();
        String sha256 = CaseFixtures.design(caseNumber, "V1");

        browser.loginAs("ENGINEER");
        assertThat(browser.currentPath()).startsWith("/work/");
        browser.submit("go-cases");
        browser.follow(browser.waitFor(By.linkText(caseNumber)));
        browser.follow(browser.element("designs").findElement(By.linkText("V1")));

        assertThat(browser.currentPath()).startsWith("/work/design.xhtml");
        assertThat(browser.text("sha256")).isEqualTo(sha256);
        assertThat(browser.all(By.cssSelector("#shape svg path"))).hasSize(12);
        assertThat(browser.text("meaning"))
                .startsWith("APPROVAL")
                .contains("design engineer", caseNumber, "design V1", sha256);

        browser.type("approve:password", "not-my-password").submit("approve:sign");

        assertThat(browser.text("approve:password-error")).contains("does not match");
        assertThat(approval(caseNumber, "ENGINEER")).as("nothing approved").isEmpty();

        browser.type("approve:password", People.PASSWORD).submit("approve:sign");

        assertThat(browser.currentPath()).startsWith("/work/design.xhtml");
        assertThat(browser.text("approved")).contains("Approved by you");
        assertThat(browser.text("approvals")).contains("ENGINEER", "APPROVAL");
        JsonObject approval = approval(caseNumber, "ENGINEER").orElseThrow();
        assertThat(approval.getString("signer")).isEqualTo("it.engineer");
        assertThat(approval.getString("meaning")).isEqualTo("APPROVAL");
        assertThat(approval.getString("signedHash")).isEqualTo(sha256);
        assertThat(approval(caseNumber, "SURGEON")).as("the surgeon's is still to come").isEmpty();

        browser.follow(browser.element("back"));
        assertThat(browser.element("designs").getText()).contains("V1");
    }

    @Test
    @Tag("CFR-11.10g")
    void anOperatorSeesTheDesignButHasNothingToSign(Browser browser) {
        String caseNumber = CaseFixtures.newCase();
        String sha256 = CaseFixtures.design(caseNumber, "V1");

        browser.loginAs("OPERATOR").open("/work/design.xhtml?case=" + caseNumber + "&version=V1");

        assertThat(browser.text("sha256")).isEqualTo(sha256);
        assertThat(browser.all(By.id("approve:sign"))).isEmpty();
        assertThat(browser.all(By.id("approved"))).isEmpty();
    }

    private static Optional<JsonObject> approval(String caseNumber, String role) {
        return expect(People.as("QA").get("/api/cases/" + caseNumber + "/designs/V1"), 200)
                .json()
                .getJsonArray("approvals")
                .stream()
                .map(JsonObject.class::cast)
                .filter(a -> a.getString("role").equals(role))
                .findFirst();
    }
}
