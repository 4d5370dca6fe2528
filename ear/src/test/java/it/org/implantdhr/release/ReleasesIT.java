package it.org.implantdhr.release;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The release flow on implants whose record is incomplete (an implant with an approved design
 * only): the rules report MISSING evidence, which blocks a release; staleness, four eyes,
 * rejection, replay and roles are checked on such implants.
 */
@ExtendWith(ArquillianExtension.class)
class ReleasesIT {

    static final String SECOND_QA = "it.qa-second";

    static Api qa() {
        return People.as("QA");
    }

    static Api secondQa() {
        return People.named(SECOND_QA, "QA");
    }

    static JsonObject evaluate(String serial, Api who) {
        return expect(who.post("/api/implants/" + serial + "/evaluations", ""), 201).json();
    }

    static Api.Answer release(String serial, Api who, String password) {
        return who.post(
                "/api/implants/" + serial + "/release",
                "{\"password\":\"" + password + "\",\"zone\":\"Europe/Berlin\"}");
    }

    static void weigh(String serial, Api who, String grams) {
        expect(
                who.post(
                        "/api/implants/" + serial + "/mass",
                        "{\"value\":" + grams + ",\"unit\":\"g\",\"reason\":\"weighed again\"}"),
                200);
    }

    @Test
    void anIncompleteRecordIsEvaluatedWithMissingFindingsInSentences() {
        String serial = CaseFixtures.newImplant();
        JsonObject evaluation = evaluate(serial, qa());
        assertThat(evaluation.getString("verdict")).isEqualTo("NOT_RELEASABLE");
        assertThat(evaluation.getString("specificationCode")).isEqualTo("TI64-ELI-CW");
        assertThat(evaluation.getString("factsSha256")).hasSize(64);
        var findings = evaluation.getJsonArray("findings").getValuesAs(JsonObject.class);
        assertThat(findings)
                .anySatisfy(
                        f -> {
                            assertThat(f.getString("outcome")).isEqualTo("MISSING");
                            assertThat(f.getString("sentence")).isNotBlank();
                        });
        JsonObject latest =
                expect(
                                People.as("REGULATOR")
                                        .get("/api/implants/" + serial + "/evaluations/latest"),
                                200)
                        .json();
        assertThat(latest.getJsonNumber("id").longValue())
                .isEqualTo(evaluation.getJsonNumber("id").longValue());
        assertThat(expect(qa().get("/api/implants/" + serial), 200).json().getString("status"))
                .isEqualTo("EVALUATED");
    }

    @Test
    @Tag("ISO13485-8.2.6")
    void missingEvidenceBlocksTheRelease() {
        String serial = CaseFixtures.newImplant();
        evaluate(serial, qa());
        var refused = expect(release(serial, secondQa(), People.PASSWORD), 422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text()).contains("MISSING");
        assertThat(expect(qa().get("/api/implants/" + serial), 200).json().getString("status"))
                .isEqualTo("EVALUATED");
    }

    @Test
    @Tag("CFR-11.10g")
    @Tag("ISO13485-8.2.6")
    void whoRecordedEvidenceOfTheImplantMayNotReleaseIt() {
        String serial = CaseFixtures.newImplant();
        weigh(serial, qa(), "120.5");
        evaluate(serial, secondQa());
        expect(release(serial, qa(), People.PASSWORD), 403);
    }

    @Test
    @Tag("CFR-11.10f")
    void anEvaluationGoesStaleWhenEvidenceBehindItChanges() {
        String serial = CaseFixtures.newImplant();
        weigh(serial, People.as("ENGINEER"), "120.5");
        evaluate(serial, qa());
        weigh(serial, People.as("ENGINEER"), "121.0");
        assertThat(expect(release(serial, secondQa(), People.PASSWORD), 409).text())
                .contains("evaluate");
        evaluate(serial, qa());
        expect(release(serial, secondQa(), People.PASSWORD), 422);
    }

    @Test
    @Tag("CFR-11.10a")
    void aReplayOfTheStoredFactsGivesTheSameFindings() {
        String serial = CaseFixtures.newImplant();
        long id = evaluate(serial, qa()).getJsonNumber("id").longValue();
        JsonObject replay =
                expect(People.as("REGULATOR").get("/api/evaluations/" + id + "/replay"), 200)
                        .json();
        assertThat(replay.getBoolean("snapshotIntact")).isTrue();
        assertThat(replay.getBoolean("identical")).as(replay.toString()).isTrue();
        assertThat(replay.getJsonArray("differences")).isEmpty();
    }

    @Test
    void onlyAWarningIsAcknowledged() {
        String serial = CaseFixtures.newImplant();
        JsonObject evaluation = evaluate(serial, qa());
        long id = evaluation.getJsonNumber("id").longValue();
        long missing =
                evaluation.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("outcome").equals("MISSING"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        expect(
                qa().post(
                                "/api/evaluations/"
                                        + id
                                        + "/findings/"
                                        + missing
                                        + "/acknowledgement",
                                "{\"comment\":\"looked at it\"}"),
                422);
        expect(
                qa().post(
                                "/api/evaluations/"
                                        + id
                                        + "/findings/"
                                        + missing
                                        + "/acknowledgement",
                                "{}"),
                400);
        expect(
                qa().post(
                                "/api/evaluations/" + id + "/findings/999999999/acknowledgement",
                                "{\"comment\":\"x\"}"),
                404);
    }

    @Test
    @Tag("CFR-11.10f")
    void aRejectedImplantIsNeitherEvaluatedNorDecidedAgain() {
        String serial = CaseFixtures.newImplant();
        evaluate(serial, qa());
        expect(qa().post("/api/implants/" + serial + "/rejection", "{}"), 400);
        JsonObject rejected =
                expect(
                                qa().post(
                                                "/api/implants/" + serial + "/rejection",
                                                "{\"reason\":\"design superseded\"}"),
                                200)
                        .json();
        assertThat(rejected.getString("decision")).isEqualTo("REJECTED");
        assertThat(expect(qa().get("/api/implants/" + serial), 200).json().getString("status"))
                .isEqualTo("REJECTED");
        expect(qa().post("/api/implants/" + serial + "/evaluations", ""), 409);
        expect(qa().post("/api/implants/" + serial + "/rejection", "{\"reason\":\"again\"}"), 409);
        expect(release(serial, secondQa(), People.PASSWORD), 409);
    }

    @Test
    void twoSimultaneousDecisionsOnOneImplantGiveOneSuccessAndOneConflict() throws Exception {
        String serial = CaseFixtures.newImplant();
        evaluate(serial, qa());
        var start = new CountDownLatch(1);
        Callable<Integer> reject =
                () -> {
                    start.await();
                    return qa().post(
                                    "/api/implants/" + serial + "/rejection",
                                    "{\"reason\":\"concurrent\"}")
                            .status();
                };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(reject);
            var second = pool.submit(reject);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Tag("CFR-11.10g")
    void rolesAreEnforced() {
        String serial = CaseFixtures.newImplant();
        expect(People.as("OPERATOR").post("/api/implants/" + serial + "/evaluations", ""), 403);
        expect(People.as("REGULATOR").post("/api/implants/" + serial + "/evaluations", ""), 403);
        expect(People.as("SURGEON").post("/api/implants/" + serial + "/evaluations", ""), 403);
        expect(People.as("ADMIN").get("/api/implants/" + serial + "/evaluations/latest"), 403);
        expect(People.as("REGULATOR").get("/api/implants/" + serial + "/evaluations/latest"), 404);
        long id = evaluate(serial, People.as("QA_MANAGER")).getJsonNumber("id").longValue();
        expect(People.as("OPERATOR").get("/api/evaluations/" + id + "/replay"), 403);
        expect(
                People.as("ENGINEER")
                        .post("/api/implants/" + serial + "/rejection", "{\"reason\":\"no\"}"),
                403);
        expect(
                People.as("REGULATOR")
                        .post(
                                "/api/implants/" + serial + "/release",
                                "{\"password\":\"x\",\"zone\":\"UTC\"}"),
                403);
        expect(qa().post("/api/implants/UNKNOWN-" + System.nanoTime() + "/evaluations", ""), 404);
    }
}
