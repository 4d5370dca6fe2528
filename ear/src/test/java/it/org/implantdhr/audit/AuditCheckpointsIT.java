package it.org.implantdhr.audit;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Browser;
import it.org.implantdhr.platform.BrowserSession;
import it.org.implantdhr.platform.People;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed checkpoints of the audit chain, through the API and on the regulator's page: signed on
 * request by a QA manager or a regulator (nobody else), downloaded as a file — the signed statement
 * and its detached CMS signature — and checked later: unchanged, or, when the file was altered,
 * refused for its signature. (A trail changed under a checkpoint: AuditTamperingIT.)
 */
@ExtendWith({ArquillianExtension.class, BrowserSession.class})
@Tag("CFR-11.10e")
@Tag("CFR-11.10c")
class AuditCheckpointsIT {

    @Test
    void aCheckpointIsSignedDownloadedAndCheckedLater() {
        var signed = expect(People.as("QA_MANAGER").post("/api/audit/checkpoints", ""), 201).json();
        JsonObject statement =
                Json.createReader(new java.io.StringReader(signed.getString("statement")))
                        .readObject();
        assertThat(statement.getString("type")).isEqualTo("implantdhr-audit-checkpoint");
        assertThat(statement.getString("entryHash")).matches("[0-9a-f]{64}");
        assertThat(statement.getString("signedBy")).isEqualTo("it.qa-manager");

        var regulator = People.as("REGULATOR");
        var listed = expect(regulator.get("/api/audit/checkpoints"), 200).array();
        long id =
                listed.getValuesAs(JsonObject.class).stream()
                        .filter(
                                c ->
                                        c.getString("entryHash")
                                                .equals(statement.getString("entryHash")))
                        .mapToLong(c -> c.getJsonNumber("id").longValue())
                        .findFirst()
                        .orElseThrow();
        var downloaded = expect(regulator.get("/api/audit/checkpoints/" + id), 200).json();
        assertThat(downloaded).isEqualTo(signed);

        var check =
                expect(
                                regulator.post(
                                        "/api/audit/checkpoints/verification",
                                        downloaded.toString()),
                                200)
                        .json();
        assertThat(check.getBoolean("signatureValid")).as(check.toString()).isTrue();
        assertThat(check.getBoolean("intact")).as(check.toString()).isTrue();
        assertThat(check.getJsonNumber("seq").longValue())
                .isEqualTo(statement.getJsonNumber("seq").longValue());
    }

    @Test
    void anAlteredCheckpointFileIsRefusedForItsSignature() {
        var signed = expect(People.as("REGULATOR").post("/api/audit/checkpoints", ""), 201).json();
        String altered = signed.getString("statement").replaceFirst("\"seq\":(\\d+)", "\"seq\":1");
        var file =
                Json.createObjectBuilder()
                        .add("statement", altered)
                        .add("signature", signed.getString("signature"))
                        .build();
        var check =
                expect(
                                People.as("REGULATOR")
                                        .post(
                                                "/api/audit/checkpoints/verification",
                                                file.toString()),
                                200)
                        .json();
        assertThat(check.getBoolean("signatureValid")).isFalse();
        assertThat(check.getBoolean("intact")).isFalse();
        assertThat(check.getString("problem")).contains("altered");

        Api.expectProblem(
                People.as("REGULATOR")
                        .post(
                                "/api/audit/checkpoints/verification",
                                "{\"statement\":\"{}\",\"signature\":\"AA==\"}"),
                422,
                "checkpoint");
    }

    @Test
    @Tag("CFR-11.10d")
    void onlyAQaManagerOrARegulatorSignsACheckpoint() {
        assertThat(People.as("QA").post("/api/audit/checkpoints", "").status()).isEqualTo(403);
        assertThat(People.as("OPERATOR").post("/api/audit/checkpoints", "").status())
                .isEqualTo(403);
        assertThat(People.as("OPERATOR").get("/api/audit/checkpoints").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/audit/checkpoints").status()).isEqualTo(401);
    }

    @Test
    void aRegulatorSignsOneOnThePageAndChecksItsFile(Browser browser) {
        browser.loginAs("rita.regulator", "rita.regulator-demo").open("/record/audit.xhtml");
        browser.submit("checkpoint-sign:sign");
        assertThat(browser.text("checkpoint-signed")).contains("Signed");
        var newest =
                expect(People.as("REGULATOR").get("/api/audit/checkpoints?limit=1"), 200)
                        .array()
                        .getJsonObject(0);
        var file =
                expect(
                                People.as("REGULATOR")
                                        .get(
                                                "/api/audit/checkpoints/"
                                                        + newest.getJsonNumber("id")),
                                200)
                        .text();
        browser.type("checkpoint-check:file", file).submit("checkpoint-check:check");
        assertThat(browser.text("checkpoint-outcome")).isEqualTo("Unchanged");

        browser.type("checkpoint-check:file", file.replace("\"seq\\\":", "\"seq\\\":1"))
                .submit("checkpoint-check:check");
        assertThat(browser.text("checkpoint-outcome")).isEqualTo("Changed");
    }
}
