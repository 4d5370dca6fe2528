package it.org.implantdhr.release;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The release flow on complete records: each test records a conforming implant of its own ({@link
 * Plant}), which the demo QA people, who recorded none of its evidence, release.
 */
@ExtendWith(ArquillianExtension.class)
class ReleaseOfCompleteRecordsIT {

    private static final Api QUINN = Api.as("quinn.qa", "quinn.qa-demo");
    private static final Api MIA = Api.as("mia.qamanager", "mia.qamanager-demo");
    private static final Api RITA = Api.as("rita.regulator", "rita.regulator-demo");

    private static JsonObject evaluate(String serial) {
        return expect(QUINN.post("/api/implants/" + serial + "/evaluations", ""), 201).json();
    }

    private static Api.Answer release(String serial, Api who, String password) {
        return who.post(
                "/api/implants/" + serial + "/release",
                "{\"password\":\"" + password + "\",\"zone\":\"Europe/Berlin\"}");
    }

    private static String status(String serial) {
        return expect(QUINN.get("/api/implants/" + serial), 200).json().getString("status");
    }

    /** A conforming implant of the test's own, recorded, not yet evaluated. */
    private static String undecided() {
        return Plant.implants(1).recorded().serial();
    }

    /** The releasing person acknowledges every warning of the evaluation. */
    private static void acknowledgeEveryWarning(JsonObject evaluation, String comment) {
        for (JsonObject warning : findings(evaluation, "WARN")) {
            var acknowledged =
                    expect(
                                    QUINN.post(
                                            "/api/evaluations/"
                                                    + evaluation.getJsonNumber("id").longValue()
                                                    + "/findings/"
                                                    + warning.getJsonNumber("id").longValue()
                                                    + "/acknowledgement",
                                            "{\"comment\":\"" + comment + "\"}"),
                                    200)
                            .json();
            assertThat(acknowledged.getJsonObject("acknowledgement").getString("by"))
                    .isEqualTo("quinn.qa");
        }
    }

    private static List<JsonObject> findings(JsonObject evaluation, String outcome) {
        return evaluation.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("outcome").equals(outcome))
                .toList();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A nonconformance on the implant, accepted USE_AS_IS with the QA manager's e-signature. */
    private static String concession(String serial) {
        String number =
                expect(
                                QUINN.post(
                                        "/api/nonconformances",
                                        """
                {"implantSerial":"%s","checkId":"DES-MASS","description":"Burr on the rim, within the drawing"}"""
                                                .formatted(serial)),
                                201)
                        .json()
                        .getString("number");
        var conceded =
                expect(
                                MIA.post(
                                        "/api/nonconformances/" + number + "/disposition",
                                        """
                {"disposition":"USE_AS_IS","justification":"Burr removed at finishing; fit unaffected",
                 "password":"mia.qamanager-demo","zone":"Europe/Madrid"}"""),
                                200)
                        .json();
        assertThat(conceded.getString("status")).isEqualTo("CLOSED");
        return number;
    }

    @Test
    void twoSimultaneousReleasesGiveOneReleaseAndOneConflict() throws Exception {
        String serial = undecided();
        JsonObject evaluation = evaluate(serial);
        assertThat(findings(evaluation, "FAIL")).isEmpty();
        var start = new CountDownLatch(1);
        Callable<Api.Answer> byQuinn =
                () -> {
                    start.await();
                    return release(serial, QUINN, "quinn.qa-demo");
                };
        Callable<Api.Answer> byMia =
                () -> {
                    start.await();
                    return release(serial, MIA, "mia.qamanager-demo");
                };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(byQuinn);
            var second = pool.submit(byMia);
            start.countDown();
            var answers = List.of(first.get(), second.get());
            assertThat(answers.stream().map(Api.Answer::status).toList())
                    .as(answers.toString())
                    .containsExactlyInAnyOrder(200, 409);
            JsonObject released =
                    answers.stream()
                            .filter(a -> a.status() == 200)
                            .findFirst()
                            .orElseThrow()
                            .json();
            assertThat(status(serial)).isEqualTo("RELEASED");
            JsonObject decision =
                    expect(RITA.get("/api/implants/" + serial + "/decision"), 200).json();
            assertThat(decision.getJsonNumber("id").longValue())
                    .isEqualTo(released.getJsonNumber("id").longValue());
            assertThat(decision.getString("decisionSha256"))
                    .isEqualTo(released.getString("decisionSha256"));

            var signatures =
                    expect(
                                    RITA.get(
                                            "/api/audit?recordType=ElectronicSignature&limit=1000&from="
                                                    + Instant.parse(
                                                            evaluation.getString("evaluatedAt"))),
                                    200)
                            .array()
                            .getValuesAs(JsonObject.class);
            String label =
                    signatures.stream()
                            .filter(
                                    e ->
                                            e.getString("newValue", "")
                                                    .contains(released.getString("decisionSha256")))
                            .map(e -> e.getString("recordLabel"))
                            .findFirst()
                            .orElseThrow();
            assertThat(label).startsWith("RELEASE Implant ");
            assertThat(signatures.stream().filter(e -> e.getString("recordLabel").equals(label)))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        expect(release(serial, QUINN, "quinn.qa-demo"), 409);
    }

    @Test
    @Tag("CFR-11.200")
    void aWrongPasswordSignsNothing() {
        String serial = undecided();
        evaluate(serial);
        var refused = expect(release(serial, QUINN, "not-the-password"), 422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(status(serial)).isEqualTo("EVALUATED");
        expect(RITA.get("/api/implants/" + serial + "/decision"), 404);
    }

    @Test
    @Tag("CFR-11.10f")
    @Tag("ISO13485-8.2.6")
    void aWarningIsReleasedOnlyOnceTheReleasingPersonAcknowledgedIt() throws Exception {
        String serial = undecided();
        String ncr = concession(serial);
        JsonObject evaluation = evaluate(serial);
        long evaluationId = evaluation.getJsonNumber("id").longValue();
        assertThat(findings(evaluation, "FAIL")).isEmpty();
        JsonObject warning =
                findings(evaluation, "WARN").stream()
                        .filter(f -> f.getString("checkId").equals("REC-NCR"))
                        .filter(f -> f.getString("subject").contains(ncr))
                        .findFirst()
                        .orElseThrow();

        var refused = expect(release(serial, QUINN, "quinn.qa-demo"), 422);
        assertThat(refused.text()).contains("REC-NCR", "not acknowledged");
        assertThat(status(serial)).isEqualTo("EVALUATED");

        acknowledgeEveryWarning(evaluation, "Concession signed by the QA manager; burr removed");

        JsonObject released = expect(release(serial, QUINN, "quinn.qa-demo"), 200).json();
        assertThat(status(serial)).isEqualTo("RELEASED");
        assertThat(released.getJsonNumber("evaluationId").longValue()).isEqualTo(evaluationId);

        // the decision is bound to what was decided: the hash is the SHA-256 of the stored content,
        // which names the
        // evaluation, its snapshot hash and the acknowledgement
        JsonObject decision = expect(RITA.get("/api/implants/" + serial + "/decision"), 200).json();
        assertThat(decision.getString("decisionSha256"))
                .isEqualTo(released.getString("decisionSha256"));
        assertThat(sha256(decision.getString("content")))
                .isEqualTo(released.getString("decisionSha256"));
        JsonObject latest =
                expect(RITA.get("/api/implants/" + serial + "/evaluations/latest"), 200).json();
        assertThat(latest.getJsonNumber("id").longValue()).isEqualTo(evaluationId);
        assertThat(decision.getString("content"))
                .contains(
                        "\"evaluationId\":" + evaluationId,
                        latest.getString("factsSha256"),
                        "Concession signed by the QA manager");
        assertThat(decision.getString("signature"))
                .startsWith("Quinn Adeyemi, ")
                .endsWith(", RELEASE");

        JsonObject replay =
                expect(RITA.get("/api/evaluations/" + evaluationId + "/replay"), 200).json();
        assertThat(replay.getBoolean("snapshotIntact")).isTrue();
        assertThat(replay.getBoolean("identical")).as(replay.toString()).isTrue();
        assertThat(replay.getInt("findingCount"))
                .isEqualTo(evaluation.getJsonArray("findings").size());
    }

    @Test
    void aUseAsIsConcessionIsInTheEvaluationAndInTheSignedDecision() {
        String serial = undecided();
        String ncr = concession(serial);
        JsonObject evaluation = evaluate(serial);
        JsonObject warning =
                findings(evaluation, "WARN").stream()
                        .filter(f -> f.getString("subject").contains(ncr))
                        .findFirst()
                        .orElseThrow();
        assertThat(warning.getString("measured")).contains("USE_AS_IS", "mia.qamanager");
        acknowledgeEveryWarning(evaluation, "Concession " + ncr + " reviewed");

        JsonObject released = expect(release(serial, QUINN, "quinn.qa-demo"), 200).json();
        assertThat(released.getString("content"))
                .contains(
                        "\"concessions\":[{",
                        "\"number\":\"" + ncr + "\"",
                        "\"signedBy\":\"mia.qamanager\"",
                        "Burr removed at finishing");
        assertThat(
                        expect(RITA.get("/api/implants/" + serial + "/decision"), 200)
                                .json()
                                .getString("content"))
                .isEqualTo(released.getString("content"));
    }
}
