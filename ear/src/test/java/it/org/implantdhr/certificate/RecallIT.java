package it.org.implantdhr.certificate;

import static it.org.implantdhr.certificate.RevocationIT.expectProblem;
import static it.org.implantdhr.certificate.RevocationIT.verify;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.Unique;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A recall of a powder lot: the forward trace finds the implants printed from it (through its batch
 * and build), every certificate in force among them is revoked in one transaction under one RECALL
 * e-signature, the implant not yet released is stopped too, and the public verification shows
 * REVOKED at once: on a plant of that test's own, three implants, two of them released. The refused
 * recalls name the class's plant ({@link Plant}: one implant released, one never evaluated), which
 * no test recalls.
 */
@ExtendWith(ArquillianExtension.class)
class RecallIT {

    private static final String REASON =
            "Supplier notice: the powder lot's oxygen was mis-reported on its certificate";

    /** The class's plant, never recalled: only refused recalls name it. */
    private static Plant.Recorded standing;

    private static String standingReleased;
    private static String standingUnreleased;

    @BeforeAll
    static void aPlantOfOurOwnWithOneReleasedImplantThatNoTestRecalls() {
        standing = Plant.implants(2).recorded();
        standingReleased = standing.serials().get(0);
        standingUnreleased = standing.serials().get(1);
        Plant.release(standingReleased);
        assertThat(verify(standingReleased).getString("status")).isEqualTo("RELEASED");
    }

    static Api manager() {
        return People.as("QA_MANAGER");
    }

    static String recall(String kind, String key, String reason, String password) {
        var json = Json.createObjectBuilder();
        if (kind != null) {
            json.add("kind", kind);
        }
        if (key != null) {
            json.add("key", key);
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        if (password != null) {
            json.add("password", password);
        }
        return json.add("zone", "Europe/Berlin").build().toString();
    }

    @Test
    @Tag("CFR-11.10g")
    void onlyAQaManagerRecallsAndQaAndRegulatorsSeeRecalls() {
        String body = recall("POWDER_LOT", standing.powderLot(), REASON, People.PASSWORD);
        for (String role : List.of("OPERATOR", "ENGINEER", "QA", "REGULATOR", "SURGEON", "ADMIN")) {
            var refused = People.as(role).post("/api/recalls", body);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
        }
        assertThat(Api.anonymous().post("/api/recalls", body).status()).isEqualTo(401);
        assertThat(People.as("REGULATOR").get("/api/recalls").status()).isEqualTo(200);
        assertThat(People.as("QA").get("/api/recalls").status()).isEqualTo(200);
        assertThat(People.as("SURGEON").get("/api/recalls").status()).isEqualTo(403);
        assertThat(People.as("OPERATOR").get("/api/recalls").status()).isEqualTo(403);
        assertThat(verify(standingReleased).getString("status")).isEqualTo("RELEASED");
    }

    @Test
    void badRecallsAreRefusedAndStoreNothing() {
        String lot = standing.powderLot();
        expectProblem(
                manager().post("/api/recalls", recall("UNICORN", lot, REASON, People.PASSWORD)),
                422,
                "kind");
        expectProblem(
                manager().post("/api/recalls", recall("POWDER_LOT", null, REASON, People.PASSWORD)),
                400,
                "key");
        expectProblem(
                manager().post("/api/recalls", recall("POWDER_LOT", lot, null, People.PASSWORD)),
                422,
                "reason");
        expectProblem(
                manager().post("/api/recalls", recall("POWDER_LOT", lot, " ", People.PASSWORD)),
                422,
                "reason");
        expectProblem(
                manager().post("/api/recalls", recall("POWDER_LOT", lot, REASON, "wrong-password")),
                422,
                "password");
        expectProblem(
                manager().post("/api/recalls", recall("POWDER_LOT", lot, REASON, null)),
                400,
                "password");
        expectProblem(
                manager()
                        .post(
                                "/api/recalls",
                                recall(
                                        "POWDER_LOT",
                                        "PL-NO-SUCH-" + System.nanoTime(),
                                        REASON,
                                        People.PASSWORD)),
                404,
                "does not exist");
        expectProblem(
                manager()
                        .post(
                                "/api/recalls",
                                recall(
                                        "BUILD",
                                        "B-NO-SUCH-" + System.nanoTime(),
                                        REASON,
                                        People.PASSWORD)),
                404,
                "does not exist");

        assertThat(verify(standingReleased).getString("status")).isEqualTo("RELEASED");
        assertThat(
                        Plant.QUINN
                                .get("/api/implants/" + standingUnreleased)
                                .json()
                                .getString("status"))
                .isNotEqualTo("RECALLED");
        assertThat(People.as("REGULATOR").get("/api/recalls?limit=1000").text())
                .doesNotContain(lot);
    }

    @Test
    void aLotThatReachedNoImplantHasNothingToRecall() {
        String lot = Unique.unique("PTFE-EMPTY");
        Api.expect(
                Plant.OLGA.post(
                        "/api/component-lots",
                        """
                {"supplier":"Zeus Industrial Products","catalogueNumber":"PTFE-SP-120","lotNumber":"%s","material":"PTFE",
                 "expiryDate":"%s","sterile":true,"sterilisationMethod":"ETHYLENE_OXIDE"}"""
                                .formatted(lot, LocalDate.now().plusYears(1))),
                201);
        expectProblem(
                manager()
                        .post(
                                "/api/recalls",
                                recall("component-lot", lot, REASON, People.PASSWORD)),
                409,
                "nothing to recall");
    }

    @Test
    @Tag("ISO13485-7.5.9.2")
    void theRecallRevokesEveryCertificateOfTheLotInOneSignedActionAndListsTheImplants() {
        Plant.Recorded plant = Plant.implants(3).recorded();
        List<String> released = plant.serials().subList(0, 2);
        String unreleased = plant.serials().get(2);
        released.forEach(Plant::release);
        released.forEach(s -> assertThat(verify(s).getString("status")).isEqualTo("RELEASED"));

        var made =
                manager()
                        .post(
                                "/api/recalls",
                                recall("POWDER_LOT", plant.powderLot(), REASON, People.PASSWORD));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        JsonObject recall = made.json();
        assertThat(recall.getString("origin")).isEqualTo("POWDER_LOT");
        assertThat(recall.getString("key")).isEqualTo(plant.powderLot());
        assertThat(recall.getString("reason")).isEqualTo(REASON);
        assertThat(recall.getString("signature"))
                .startsWith("Test it.qa-manager, ")
                .endsWith(", RECALL");
        Map<String, JsonObject> implants =
                recall.getJsonArray("implants").getValuesAs(JsonObject.class).stream()
                        .collect(
                                Collectors.toMap(
                                        i -> i.getString("serialNumber"), Function.identity()));
        assertThat(implants).containsOnlyKeys(plant.serials());
        for (String serial : released) {
            JsonObject implant = implants.get(serial);
            assertThat(implant.getString("previousStatus")).isEqualTo("RELEASED");
            assertThat(implant.getString("status")).isEqualTo("RECALLED");
            assertThat(implant.getString("revokedCertificate")).startsWith("RC-" + serial);
            assertThat(implant.getString("via")).contains(plant.powderLot(), plant.build());

            JsonObject verification = verify(serial);
            assertThat(verification.getString("status")).isEqualTo("REVOKED");
            assertThat(verification.getString("revocationCategory")).isEqualTo("RECALL");
            assertThat(verification.containsKey("revokedReason")).isFalse();
            assertThat(
                            Plant.QUINN
                                    .get("/api/certificates/" + serial + "/status")
                                    .json()
                                    .getString("revokedReason"))
                    .contains(REASON);
            assertThat(verification.getString("revokedAt")).isNotBlank();
        }
        assertThat(implants.get(unreleased).containsKey("revokedCertificate")).isFalse();
        assertThat(implants.get(unreleased).getString("status")).isEqualTo("RECALLED");
        assertThat(verify(unreleased).getString("status")).isEqualTo("NOT_RELEASED");
        for (String serial : plant.serials()) {
            assertThat(Plant.QUINN.get("/api/implants/" + serial).json().getString("status"))
                    .isEqualTo("RECALLED");
        }
        assertThat(Plant.QUINN.post("/api/implants/" + unreleased + "/evaluations", "").status())
                .as("a recalled implant is not released later")
                .isEqualTo(409);

        long id = recall.getJsonNumber("id").longValue();
        var stored = People.as("REGULATOR").get("/api/recalls/" + id);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().getJsonArray("implants")).hasSize(3);
        assertThat(People.as("REGULATOR").get("/api/recalls?limit=1000").text())
                .contains(plant.powderLot());
        assertThat(People.as("REGULATOR").get("/api/recalls/999999999999").status()).isEqualTo(404);

        var regulator = People.as("REGULATOR");
        assertThat(regulator.get("/api/audit?recordType=Recall&recordId=" + id).array())
                .singleElement()
                .satisfies(
                        e -> assertThat(e.asJsonObject().getString("action")).isEqualTo("CREATE"));
        // the trail grows with every run: the entries are found by the labels of this test's
        // records
        var signatures =
                regulator
                        .get(
                                "/api/audit?recordType=ElectronicSignature&actor=it.qa-manager&label="
                                        + Api.q("RECALL Recall " + id))
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("recordLabel").equals("RECALL Recall " + id))
                        .toList();
        assertThat(signatures).as("one signature for the whole recall").hasSize(1);
        var revocations =
                released.stream()
                        .map(serial -> verify(serial).getString("certificateNumber"))
                        .flatMap(
                                number ->
                                        regulator
                                                .get(
                                                        "/api/audit?recordType=ReleaseCertificate&actor=it.qa-manager&label="
                                                                + number)
                                                .array()
                                                .getValuesAs(JsonObject.class)
                                                .stream())
                        .filter(e -> "status".equals(e.getString("field", null)))
                        .filter(e -> e.getString("reason", "").startsWith("recall " + id + " "))
                        .toList();
        assertThat(revocations)
                .hasSize(2)
                .allSatisfy(
                        e -> {
                            assertThat(e.getString("oldValue")).isEqualTo("ISSUED");
                            assertThat(e.getString("newValue")).isEqualTo("REVOKED");
                        });
    }

    @Test
    @Tag("CFR-11.10f")
    void aSecondRecallOfTheSameImplantsIsAConflict() {
        Plant.Recorded plant = Plant.implants(1).released();
        Api.expect(
                manager()
                        .post(
                                "/api/recalls",
                                recall("POWDER_LOT", plant.powderLot(), REASON, People.PASSWORD)),
                201);

        var again =
                manager()
                        .post(
                                "/api/recalls",
                                recall("POWDER_LOT", plant.powderLot(), REASON, People.PASSWORD));
        expectProblem(again, 409, "already recalled");
        var build =
                manager()
                        .post(
                                "/api/recalls",
                                recall("BUILD", plant.build(), REASON, People.PASSWORD));
        expectProblem(build, 409, "already recalled");
        var run =
                manager()
                        .post(
                                "/api/recalls",
                                recall(
                                        "heat-treatment-run",
                                        plant.heatTreatmentRun(),
                                        REASON,
                                        People.PASSWORD));
        expectProblem(run, 409, "already recalled");
    }
}
