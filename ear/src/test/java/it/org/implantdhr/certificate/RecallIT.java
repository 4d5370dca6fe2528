package it.org.implantdhr.certificate;

import it.org.implantdhr.demo.DemoPlantRecorded;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.ServerDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static it.org.implantdhr.certificate.RevocationIT.expectProblem;
import static it.org.implantdhr.certificate.RevocationIT.verify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recall of a powder lot: the forward trace finds the implants printed from it (through its batch and build),
 * every certificate in force among them is revoked in one transaction under one RECALL e-signature, the implant
 * not yet released is stopped too, and the public verification shows REVOKED at once. On a plant of this test's
 * own (RecallFixtures): three implants, two of them released.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecallIT {

    private static final String REASON = "Supplier notice: the powder lot's oxygen was mis-reported on its certificate";

    private static RecallFixtures.Plant plant;
    private static List<String> released;
    private static String unreleased;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ServerDeployment.ear();
    }

    @BeforeAll
    static void aPlantOfOurOwnWithTwoReleasedImplants() {
        DemoPlantRecorded.await();
        plant = RecallFixtures.recordedPlant(3);
        released = plant.serials().subList(0, 2);
        unreleased = plant.serials().get(2);
        released.forEach(RecallFixtures::release);
        released.forEach(s -> assertThat(verify(s).getString("status")).isEqualTo("RELEASED"));
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
    @Order(1)
    @Tag("CFR-11.10g")
    void onlyAQaManagerRecallsAndQaAndRegulatorsSeeRecalls() {
        String body = recall("POWDER_LOT", plant.powderLot(), REASON, People.PASSWORD);
        for (String role : List.of("OPERATOR", "ENGINEER", "QA", "REGULATOR", "SURGEON", "ADMIN")) {
            var refused = People.as(role).post("/api/recalls", body);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
        }
        assertThat(Api.anonymous().post("/api/recalls", body).status()).isEqualTo(401);
        assertThat(People.as("REGULATOR").get("/api/recalls").status()).isEqualTo(200);
        assertThat(People.as("QA").get("/api/recalls").status()).isEqualTo(200);
        assertThat(People.as("SURGEON").get("/api/recalls").status()).isEqualTo(403);
        assertThat(People.as("OPERATOR").get("/api/recalls").status()).isEqualTo(403);
        released.forEach(s -> assertThat(verify(s).getString("status")).isEqualTo("RELEASED"));
    }

    @Test
    @Order(2)
    void badRecallsAreRefusedAndStoreNothing() {
        String lot = plant.powderLot();
        expectProblem(manager().post("/api/recalls", recall("UNICORN", lot, REASON, People.PASSWORD)), 422, "kind");
        expectProblem(manager().post("/api/recalls", recall("POWDER_LOT", null, REASON, People.PASSWORD)), 400, "key");
        expectProblem(manager().post("/api/recalls", recall("POWDER_LOT", lot, null, People.PASSWORD)), 422, "reason");
        expectProblem(manager().post("/api/recalls", recall("POWDER_LOT", lot, " ", People.PASSWORD)), 422, "reason");
        expectProblem(manager().post("/api/recalls", recall("POWDER_LOT", lot, REASON, "wrong-password")), 422,
                "password");
        expectProblem(manager().post("/api/recalls", recall("POWDER_LOT", lot, REASON, null)), 400, "password");
        expectProblem(manager().post("/api/recalls", recall("POWDER_LOT", "PL-NO-SUCH-" + System.nanoTime(), REASON,
                People.PASSWORD)), 404, "does not exist");
        expectProblem(manager().post("/api/recalls", recall("BUILD", "B-NO-SUCH-" + System.nanoTime(), REASON,
                People.PASSWORD)), 404, "does not exist");

        released.forEach(s -> assertThat(verify(s).getString("status")).isEqualTo("RELEASED"));
        assertThat(RecallFixtures.QUINN.get("/api/implants/" + unreleased).json().getString("status"))
                .isNotEqualTo("RECALLED");
        assertThat(People.as("REGULATOR").get("/api/recalls?limit=1000").text()).doesNotContain(lot);
    }

    @Test
    @Order(3)
    void aLotThatReachedNoImplantHasNothingToRecall() {
        String lot = "PTFE-EMPTY-" + System.nanoTime();
        RecallFixtures.ok(RecallFixtures.OLGA.post("/api/component-lots", """
                {"supplier":"Zeus Industrial Products","catalogueNumber":"PTFE-SP-120","lotNumber":"%s","material":"PTFE",
                 "expiryDate":"%s","sterile":true,"sterilisationMethod":"ETHYLENE_OXIDE"}"""
                .formatted(lot, LocalDate.now().plusYears(1))), "empty plate lot");
        expectProblem(manager().post("/api/recalls", recall("component-lot", lot, REASON, People.PASSWORD)), 409,
                "nothing to recall");
    }

    @Test
    @Order(4)
    @Tag("ISO13485-7.5.9.2")
    void theRecallRevokesEveryCertificateOfTheLotInOneSignedActionAndListsTheImplants() {
        var made = manager().post("/api/recalls", recall("POWDER_LOT", plant.powderLot(), REASON, People.PASSWORD));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        JsonObject recall = made.json();
        assertThat(recall.getString("origin")).isEqualTo("POWDER_LOT");
        assertThat(recall.getString("key")).isEqualTo(plant.powderLot());
        assertThat(recall.getString("reason")).isEqualTo(REASON);
        assertThat(recall.getString("signature")).startsWith("Test it.qa-manager, ").endsWith(", RECALL");
        Map<String, JsonObject> implants = recall.getJsonArray("implants").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getString("serialNumber"), Function.identity()));
        assertThat(implants).containsOnlyKeys(plant.serials());
        for (String serial : released) {
            JsonObject implant = implants.get(serial);
            assertThat(implant.getString("previousStatus")).isEqualTo("RELEASED");
            assertThat(implant.getString("status")).isEqualTo("RECALLED");
            assertThat(implant.getString("revokedCertificate")).startsWith("RC-" + serial);
            assertThat(implant.getString("via")).contains(plant.powderLot(), plant.build());

            JsonObject verification = verify(serial);
            assertThat(verification.getString("status")).isEqualTo("REVOKED");
            assertThat(verification.getString("revokedReason")).contains(REASON);
            assertThat(verification.getString("revokedAt")).isNotBlank();
        }
        assertThat(implants.get(unreleased).containsKey("revokedCertificate")).isFalse();
        assertThat(implants.get(unreleased).getString("status")).isEqualTo("RECALLED");
        assertThat(verify(unreleased).getString("status")).isEqualTo("NOT_RELEASED");
        for (String serial : plant.serials()) {
            assertThat(RecallFixtures.QUINN.get("/api/implants/" + serial).json().getString("status"))
                    .isEqualTo("RECALLED");
        }
        assertThat(RecallFixtures.QUINN.post("/api/implants/" + unreleased + "/evaluations", "").status())
                .as("a recalled implant is not released later").isEqualTo(409);

        long id = recall.getJsonNumber("id").longValue();
        var stored = People.as("REGULATOR").get("/api/recalls/" + id);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().getJsonArray("implants")).hasSize(3);
        assertThat(People.as("REGULATOR").get("/api/recalls?limit=1000").text()).contains(plant.powderLot());
        assertThat(People.as("REGULATOR").get("/api/recalls/999999999999").status()).isEqualTo(404);

        var regulator = People.as("REGULATOR");
        assertThat(regulator.get("/api/audit?recordType=Recall&recordId=" + id).array()).singleElement()
                .satisfies(e -> assertThat(e.asJsonObject().getString("action")).isEqualTo("CREATE"));
        var signatures = regulator.get("/api/audit?recordType=ElectronicSignature&actor=it.qa-manager&limit=1000")
                .array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("recordLabel").equals("RECALL Recall " + id)).toList();
        assertThat(signatures).as("one signature for the whole recall").hasSize(1);
        var revocations = regulator.get("/api/audit?recordType=ReleaseCertificate&actor=it.qa-manager&limit=1000")
                .array().getValuesAs(JsonObject.class).stream()
                .filter(e -> "status".equals(e.getString("field", null)))
                .filter(e -> e.getString("reason", "").startsWith("recall " + id + " ")).toList();
        assertThat(revocations).hasSize(2).allSatisfy(e -> {
            assertThat(e.getString("oldValue")).isEqualTo("ISSUED");
            assertThat(e.getString("newValue")).isEqualTo("REVOKED");
        });
    }

    @Test
    @Order(5)
    @Tag("CFR-11.10f")
    void aSecondRecallOfTheSameImplantsIsAConflict() {
        var again = manager().post("/api/recalls", recall("POWDER_LOT", plant.powderLot(), REASON, People.PASSWORD));
        expectProblem(again, 409, "already recalled");
        var build = manager().post("/api/recalls", recall("BUILD", plant.build(), REASON, People.PASSWORD));
        expectProblem(build, 409, "already recalled");
        var run = manager().post("/api/recalls", recall("heat-treatment-run", plant.heatTreatmentRun(), REASON,
                People.PASSWORD));
        expectProblem(run, 409, "already recalled");
    }
}
