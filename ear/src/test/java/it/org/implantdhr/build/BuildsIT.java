package it.org.implantdhr.build;

import static it.org.implantdhr.build.BuildFixtures.buildJson;
import static it.org.implantdhr.build.BuildFixtures.importLog;
import static it.org.implantdhr.build.BuildFixtures.logCsv;
import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class BuildsIT {

    @Test
    @Tag("CFR-11.10g")
    void machinesAreRegisteredOnceAndCorrectedOnlyWithAReason() {
        String machine = BuildFixtures.machine();
        var engineer = People.as("ENGINEER");
        String body =
                """
                {"assetId":"%s","model":"EOS M 290","serialNumber":"SN-2","qualifiedUntil":"2031-01-31"%s}""";
        assertThat(engineer.post("/api/machines", body.formatted(machine, "")).status())
                .isEqualTo(409);
        var noReason = engineer.put("/api/machines/" + machine, body.formatted(machine, ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text()).contains("reason");
        var corrected =
                engineer.put(
                        "/api/machines/" + machine,
                        body.formatted(machine, ",\"reason\":\"requalified\""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(
                        People.as("REGULATOR")
                                .get("/api/machines/" + machine)
                                .json()
                                .getString("qualifiedUntil"))
                .isEqualTo("2031-01-31");
        assertThat(People.as("QA").post("/api/machines", body.formatted(unique("M"), "")).status())
                .isEqualTo(403);
        assertThat(
                        People.as("OPERATOR")
                                .put(
                                        "/api/machines/" + machine,
                                        body.formatted(machine, ",\"reason\":\"x\""))
                                .status())
                .isEqualTo(403);
    }

    @Test
    void qualificationsNameAUserAndAPeriod() {
        String machine = BuildFixtures.machine();
        BuildFixtures.qualify(machine, BuildFixtures.OPERATOR, "OPERATOR");
        var listed = People.as("QA").get("/api/machines/" + machine + "/qualifications").array();
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("username")).isEqualTo(BuildFixtures.OPERATOR);
        var engineer = People.as("ENGINEER");
        var unknown =
                engineer.post(
                        "/api/machines/" + machine + "/qualifications",
                        """
                {"username":"nobody.here","activity":"OPERATOR","validFrom":"2026-01-01","validUntil":"2026-12-31"}""");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("username");
        var backwards =
                engineer.post(
                        "/api/machines/" + machine + "/qualifications",
                        """
                {"username":"it.operator","activity":"PROGRAMMER","validFrom":"2026-01-01","validUntil":"2025-12-31"}""");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(
                        People.as("OPERATOR")
                                .post(
                                        "/api/machines/" + machine + "/qualifications",
                                        """
                {"username":"it.operator","activity":"PROGRAMMER","validFrom":"2026-01-01","validUntil":"2026-12-31"}""")
                                .status())
                .isEqualTo(403);
    }

    @Test
    void parameterSetsKeepTheirUnitsAndAreUniqueByNameAndVersion() {
        String name = BuildFixtures.parameterSet();
        var read = People.as("OPERATOR").get("/api/parameter-sets/" + name + "/1.0").json();
        assertThat(read.getJsonObject("layerThickness").getJsonNumber("value").bigDecimalValue())
                .isEqualByComparingTo("30");
        assertThat(read.getJsonObject("layerThickness").getString("unit")).isEqualTo("µm");
        assertThat(read.getJsonObject("hatchDistance").getJsonNumber("value").bigDecimalValue())
                .isEqualByComparingTo("140");
        var engineer = People.as("ENGINEER");
        String set =
                """
                {"name":"%s","version":"%s","layerThickness":%s,"released":false}""";
        assertThat(
                        engineer.post(
                                        "/api/parameter-sets",
                                        set.formatted(
                                                name, "1.0", "{\"value\":30,\"unit\":\"µm\"}"))
                                .status())
                .isEqualTo(409);
        var wrongUnit =
                engineer.post(
                        "/api/parameter-sets",
                        set.formatted(name, "1.1", "{\"value\":30,\"unit\":\"in\"}"));
        assertThat(wrongUnit.status()).isEqualTo(422);
        assertThat(wrongUnit.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("layerThickness");
        assertThat(
                        engineer.post(
                                        "/api/parameter-sets",
                                        set.formatted(name, "1.2", "{\"value\":30}"))
                                .status())
                .isEqualTo(422);
        assertThat(
                        engineer.post("/api/parameter-sets", set.formatted(name, "1.3", "null"))
                                .status())
                .isEqualTo(400);
        assertThat(
                        People.as("QA")
                                .post(
                                        "/api/parameter-sets",
                                        set.formatted(
                                                name, "2.0", "{\"value\":30,\"unit\":\"µm\"}"))
                                .status())
                .isEqualTo(403);
    }

    @Test
    @Tag("ISO13485-7.5.1")
    @Tag("ISO13485-7.5.9.2")
    void aBuildIsRecordedWithItsReferencesAndCoupons() {
        var setup = BuildFixtures.setup();
        String buildNumber = unique("B");
        var created = People.as("ENGINEER").post("/api/builds", buildJson(setup, buildNumber));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var build = People.as("REGULATOR").get("/api/builds/" + buildNumber).json();
        assertThat(build.getString("machine")).isEqualTo(setup.machine());
        assertThat(build.getString("powderBatch")).isEqualTo(setup.powderBatch());
        assertThat(build.getString("operator")).isEqualTo(BuildFixtures.OPERATOR);
        assertThat(build.getString("programmer")).isEqualTo(BuildFixtures.PROGRAMMER);
        assertThat(build.getString("shieldingGas")).isEqualTo("ARGON");
        assertThat(build.getJsonArray("coupons")).hasSize(4);
        assertThat(build.getInt("layerRows")).isZero();
        assertThat(!build.containsKey("startedAt") || build.isNull("startedAt")).isTrue();

        assertThat(
                        People.as("OPERATOR")
                                .post("/api/builds", buildJson(setup, buildNumber))
                                .status())
                .isEqualTo(409);
        String other = unique("B");
        String sameCoupons = buildJson(setup, other).replace(other + "-T1", buildNumber + "-T1");
        assertThat(People.as("OPERATOR").post("/api/builds", sameCoupons).status()).isEqualTo(409);
        assertThat(People.as("OPERATOR").get("/api/builds/" + other).status()).isEqualTo(404);
    }

    /** The build JSON of the set-up machine with these implants placed, positions as given. */
    private static String placing(
            BuildFixtures.Setup setup, String buildNumber, String implants, String positions) {
        return buildJson(setup, buildNumber)
                .replace(
                        "\"coupons\":",
                        "\"implants\":["
                                + implants
                                + "],\"platePositions\":{"
                                + positions
                                + "},\"coupons\":");
    }

    @Test
    @Tag("ISO13485-7.5.9.2")
    void eachPlacedImplantStandsWhereTheBuildJobPutItExactlyAndTheTraceSaysSo() {
        var setup = BuildFixtures.setup();
        var design = CaseFixtures.newCaseWithApprovedDesign();
        String first = CaseFixtures.newImplant(design);
        String second = CaseFixtures.newImplant(design);
        String buildNumber = unique("B");
        var created =
                People.as("OPERATOR")
                        .post(
                                "/api/builds",
                                placing(
                                        setup,
                                        buildNumber,
                                        "\"" + first + "\",\"" + second + "\"",
                                        """
                "%s":{"x":45.0,"y":82.5,"label":"CW left P1"},"%s":{"x":125.125,"y":82.5}"""
                                                .formatted(first, second)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        var positions =
                People.as("REGULATOR")
                        .get("/api/builds/" + buildNumber)
                        .json()
                        .getJsonObject("platePositions");
        assertThat(positions.getJsonObject(first).getJsonNumber("x").bigDecimalValue())
                .isEqualByComparingTo("45.0");
        assertThat(positions.getJsonObject(first).getJsonNumber("y").bigDecimalValue())
                .isEqualByComparingTo("82.5");
        assertThat(positions.getJsonObject(first).getString("label")).isEqualTo("CW left P1");
        // exact: three decimals kept, nothing rounded
        assertThat(positions.getJsonObject(second).getJsonNumber("x").bigDecimalValue())
                .isEqualByComparingTo("125.125");
        assertThat(
                        !positions.getJsonObject(second).containsKey("label")
                                || positions.getJsonObject(second).isNull("label"))
                .isTrue();

        var implant = People.as("QA").get("/api/implants/" + second).json();
        assertThat(implant.getString("buildNumber")).isEqualTo(buildNumber);
        assertThat(implant.getJsonObject("platePosition").getJsonNumber("x").bigDecimalValue())
                .isEqualByComparingTo("125.125");

        // audited with the build: the implant's placement carries its position
        var audit =
                People.as("QA").get("/api/audit?recordType=Implant&label=" + Api.q(first)).text();
        assertThat(audit).contains("plateXMm").contains("45").contains("CW left P1");

        var backward = People.as("QA").get("/api/trace/implants/" + first).json().toString();
        assertThat(backward).contains("x 45.0 mm, y 82.5 mm (CW left P1)");
        var forward = People.as("QA").get("/api/trace/build/" + buildNumber).json().toString();
        assertThat(forward)
                .contains("x 45.0 mm, y 82.5 mm (CW left P1)")
                .contains("x 125.125 mm, y 82.5 mm");
    }

    @Test
    void platePositionsThatDoNotFitAreRefusedNamingTheFieldAndNothingIsStored() {
        var setup = BuildFixtures.setup();
        var design = CaseFixtures.newCaseWithApprovedDesign();
        String a = CaseFixtures.newImplant(design);
        String b = CaseFixtures.newImplant(design);
        String both = "\"" + a + "\",\"" + b + "\"";
        String ok = "\"%s\":{\"x\":10,\"y\":10}".formatted(a);
        Map<String, String[]> cases =
                Map.of(
                        "missing",
                        new String[] {ok, "platePositions." + b},
                        "no y",
                        new String[] {
                            ok + ",\"" + b + "\":{\"x\":20}", "platePositions." + b + ".y"
                        },
                        "negative",
                        new String[] {
                            ok + ",\"" + b + "\":{\"x\":-1,\"y\":5}", "platePositions." + b + ".x"
                        },
                        "not a number",
                        new String[] {
                            ok + ",\"" + b + "\":{\"x\":\"abc\",\"y\":5}",
                            "platePositions." + b + ".x"
                        },
                        "off the plate",
                        new String[] {
                            ok + ",\"" + b + "\":{\"x\":20,\"y\":250.5}",
                            "platePositions." + b + ".y"
                        },
                        "same point",
                        new String[] {
                            ok + ",\"" + b + "\":{\"x\":10.000,\"y\":10.0}", "platePositions."
                        },
                        "rounded",
                        new String[] {
                            ok + ",\"" + b + "\":{\"x\":20.0005,\"y\":5}",
                            "platePositions." + b + ".x"
                        },
                        "not placed",
                        new String[] {
                            ok
                                    + ",\""
                                    + b
                                    + "\":{\"x\":20,\"y\":5},\"NOT-PLACED-1\":{\"x\":30,\"y\":5}",
                            "platePositions.NOT-PLACED-1"
                        });
        for (var c : cases.entrySet()) {
            String buildNumber = unique("B");
            var refused =
                    People.as("OPERATOR")
                            .post(
                                    "/api/builds",
                                    placing(setup, buildNumber, both, c.getValue()[0]));
            assertThat(refused.status()).as(c.getKey() + ": " + refused).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                    .as(c.getKey())
                    .startsWith(c.getValue()[1]);
            assertThat(People.as("OPERATOR").get("/api/builds/" + buildNumber).status())
                    .as(c.getKey())
                    .isEqualTo(404);
        }
        for (String serial : List.of(a, b)) {
            var implant = People.as("QA").get("/api/implants/" + serial).json();
            assertThat(!implant.containsKey("buildNumber") || implant.isNull("buildNumber"))
                    .isTrue();
            assertThat(!implant.containsKey("platePosition") || implant.isNull("platePosition"))
                    .isTrue();
        }
    }

    @Test
    void unknownReferencesAreRefusedNamingTheFieldAndNothingIsStored() {
        var setup = BuildFixtures.setup();
        Map<String, String> wrong =
                Map.of(
                        "machine", "\"machine\":\"" + setup.machine() + "\"",
                        "parameterSet", "\"version\":\"" + setup.parameterSetVersion() + "\"",
                        "powderBatch", "\"powderBatch\":\"" + setup.powderBatch() + "\"",
                        "operator", "\"operator\":\"" + BuildFixtures.OPERATOR + "\"",
                        "programmer", "\"programmer\":\"" + BuildFixtures.PROGRAMMER + "\"",
                        "shieldingGas", "\"shieldingGas\":\"ARGON\"");
        for (var field : wrong.entrySet()) {
            String buildNumber = unique("B");
            String original = field.getValue();
            String json =
                    buildJson(setup, buildNumber)
                            .replace(
                                    original,
                                    original.replaceFirst(":\"[^\"]*\"", ":\"UNKNOWN-X\""));
            var refused = People.as("OPERATOR").post("/api/builds", json);
            assertThat(refused.status()).as(field.getKey() + ": " + refused).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                    .isEqualTo(field.getKey());
            assertThat(People.as("OPERATOR").get("/api/builds/" + buildNumber).status())
                    .isEqualTo(404);
            assertThat(People.as("QA").get("/api/coupons/" + buildNumber + "-T1").status())
                    .isEqualTo(404);
        }
        String buildNumber = unique("B");
        var unknownImplant =
                People.as("OPERATOR")
                        .post(
                                "/api/builds",
                                buildJson(setup, buildNumber)
                                        .replace(
                                                "\"coupons\"",
                                                "\"implants\":[\"NO-SUCH-IMPLANT-1\"],\"coupons\""));
        assertThat(unknownImplant.status()).isEqualTo(422);
        assertThat(
                        unknownImplant
                                .json()
                                .getJsonArray("errors")
                                .getJsonObject(0)
                                .getString("location"))
                .isEqualTo("implants[0]");
        var badPurpose =
                People.as("OPERATOR")
                        .post(
                                "/api/builds",
                                buildJson(setup, buildNumber).replace("CHEMISTRY", "HARDNESS"));
        assertThat(badPurpose.status()).isEqualTo(422);
        assertThat(badPurpose.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo("coupons[3].purpose");
        var badHash =
                People.as("OPERATOR")
                        .post(
                                "/api/builds",
                                buildJson(setup, buildNumber)
                                        .replace("ab".repeat(32), "not-a-hash"));
        assertThat(badHash.status()).isEqualTo(400);
        assertThat(People.as("OPERATOR").get("/api/builds/" + buildNumber).status()).isEqualTo(404);
    }

    @Test
    void aLogOfThousandsOfLayersIsImportedAndReadBackInBulk() {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        byte[] csv = logCsv(3_200);
        var imported = importLog(buildNumber, csv, null);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        var build = imported.json();
        assertThat(build.getInt("layerRows")).isEqualTo(3_200);
        assertThat(build.getString("startedAt")).isEqualTo("2026-03-02T08:00:00Z");
        assertThat(Instant.parse(build.getString("endedAt")))
                .isEqualTo(BuildFixtures.LOG_START.plusMillis(3_199 * 20_500L));
        assertThat(build.getJsonObject("log").getString("sha256")).hasSize(64);

        var layers = People.as("REGULATOR").get("/api/builds/" + buildNumber + "/layers").json();
        assertThat(layers.getInt("rows")).isEqualTo(3_200);
        assertThat(layers.getJsonArray("layer")).hasSize(3_200);
        assertThat(layers.getJsonArray("layer").getInt(0)).isEqualTo(1);
        assertThat(layers.getJsonArray("layer").getInt(3_199)).isEqualTo(3_200);
        assertThat(layers.getJsonArray("recordedAt").getString(1))
                .isEqualTo("2026-03-02T08:00:20.500Z");
        assertThat(layers.getJsonArray("o2Ppm").getJsonNumber(57).doubleValue()).isEqualTo(428.5);
        assertThat(layers.getJsonArray("layerThicknessUm").getJsonNumber(3_199).doubleValue())
                .isEqualTo(30.0);

        var original = People.as("QA").get("/api/builds/" + buildNumber + "/log");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(csv);

        var events = People.as("QA").get("/api/builds/" + buildNumber + "/events").array();
        assertThat(events).hasSize(2);
        assertThat(events.getJsonObject(0).getString("type")).isEqualTo("EXPOSURE_START");
        assertThat(events.getJsonObject(1).getString("type")).isEqualTo("RECOATER_CRASH");
        assertThat(events.getJsonObject(1).getInt("layer")).isEqualTo(1_601);
    }

    @Test
    void aBadLogIsRefusedWithItsProblemsAndNothingIsStored() {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        String header = "layer,timestamp,o2 [ppm],layer_thickness [um],event\n";
        String good = "1,2026-03-02T08:00:00Z,420,30,EXPOSURE_START\n";
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("non-numeric", header + good + "2,2026-03-02T08:00:20Z,abc,30,\n");
        bad.put("NaN", header + good + "2,2026-03-02T08:00:20Z,NaN,30,\n");
        bad.put("Infinity", header + good + "2,2026-03-02T08:00:20Z,420,Infinity,\n");
        bad.put("repeated timestamp", header + good + "2,2026-03-02T08:00:00Z,420,30,\n");
        bad.put("time going back", header + good + "2,2026-03-02T07:59:00Z,420,30,\n");
        bad.put("unknown event", header + good + "2,2026-03-02T08:00:20Z,420,30,EXPLOSION\n");
        bad.put("missing column", "layer,timestamp,o2 [ppm],event\n1,2026-03-02T08:00:00Z,420,\n");
        bad.put(
                "extra column",
                "layer,timestamp,o2 [ppm],layer_thickness [um],event,x\n1,2026-03-02T08:00:00Z,420,30,,1\n");
        bad.put("wrong unit", "layer,timestamp,o2 [mg],layer_thickness [um],event\n" + good);
        bad.put("missing unit", "layer,timestamp,o2,layer_thickness [um],event\n" + good);
        bad.put("truncated row", header + good + "2,2026-03-02T08:00:20Z,42");
        bad.put("header only", header);
        bad.put("empty", "");
        for (var file : bad.entrySet()) {
            var refused =
                    importLog(buildNumber, file.getValue().getBytes(StandardCharsets.UTF_8), null);
            assertThat(refused.status()).as(file.getKey() + ": " + refused).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors")).as(file.getKey()).isNotEmpty();
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                    .isNotBlank();
        }
        var build = People.as("QA").get("/api/builds/" + buildNumber).json();
        assertThat(build.getInt("layerRows")).isZero();
        assertThat(build.containsKey("log") && !build.isNull("log")).isFalse();
        assertThat(People.as("QA").get("/api/builds/" + buildNumber + "/log").status())
                .isEqualTo(404);
        assertThat(
                        People.as("QA")
                                .get("/api/builds/" + buildNumber + "/layers")
                                .json()
                                .getInt("rows"))
                .isZero();
        assertThat(People.as("QA").get("/api/builds/" + buildNumber + "/events").array()).isEmpty();
        assertThat(auditOf("Build", buildNumber))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE");
        assertThat(auditOf("EvidenceFile", buildNumber + ".csv")).isEmpty();
    }

    @Test
    @Tag("CFR-11.10e")
    void aSecondLogSupersedesTheFirstOnlyWithAReason() {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        var first =
                importLog(buildNumber, logCsv(120), null)
                        .json()
                        .getJsonObject("log")
                        .getString("sha256");
        assertThat(importLog(buildNumber, logCsv(150), null).status()).isEqualTo(409);
        var second =
                importLog(
                        buildNumber, logCsv(150), "reason=" + Api.q("machine export was cut off"));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().getInt("layerRows")).isEqualTo(150);
        String replaced = second.json().getJsonObject("log").getString("sha256");
        assertThat(
                        People.as("QA")
                                .get("/api/builds/" + buildNumber + "/layers")
                                .json()
                                .getInt("rows"))
                .isEqualTo(150);
        assertThat(People.as("QA").get("/api/builds/" + buildNumber + "/events").array())
                .hasSize(2);
        var change =
                auditOf("Build", buildNumber).stream()
                        .filter(e -> "logFile".equals(e.getString("field", null)))
                        .toList();
        assertThat(change).hasSize(2);
        assertThat(change.get(1).getString("oldValue")).isEqualTo(first);
        assertThat(change.get(1).getString("newValue")).isEqualTo(replaced);
        assertThat(change.get(1).getString("reason")).isEqualTo("machine export was cut off");
    }

    @Test
    @Tag("CFR-11.10g")
    void onlyAnEngineerDispositionsALoggedEvent() {
        String buildNumber = BuildFixtures.build(BuildFixtures.setup());
        importLog(buildNumber, logCsv(40), null);
        var crash =
                People.as("QA")
                        .get("/api/builds/" + buildNumber + "/events")
                        .array()
                        .getJsonObject(1);
        String path =
                "/api/builds/"
                        + buildNumber
                        + "/events/"
                        + crash.getJsonNumber("id").longValue()
                        + "/disposition";
        String disposition =
                "{\"disposition\":\"Recoater blade replaced; layers re-coated, no defect in CT\"}";
        assertThat(People.as("OPERATOR").post(path, disposition).status()).isEqualTo(403);
        assertThat(People.as("QA").post(path, disposition).status()).isEqualTo(403);
        assertThat(People.as("ENGINEER").post(path, "{\"disposition\":\" \"}").status())
                .isEqualTo(400);
        var done = People.as("ENGINEER").post(path, disposition);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("dispositionedBy")).isEqualTo("it.engineer");
        assertThat(People.as("ENGINEER").post(path, "{\"disposition\":\"changed mind\"}").status())
                .isEqualTo(422);
        assertThat(
                        People.as("ENGINEER")
                                .post(
                                        "/api/builds/" + buildNumber + "/events/1/disposition",
                                        disposition)
                                .status())
                .isEqualTo(404);
        var audited = auditOf("BuildEvent", buildNumber + " layer 21 RECOATER_CRASH");
        assertThat(audited).extracting(e -> e.getString("field", null)).contains("disposition");
    }

    @Test
    @Tag("CFR-11.10g")
    void eachRoleMayDoWhatItsJobNeeds() {
        var setup = BuildFixtures.setup();
        String buildNumber = BuildFixtures.build(setup);
        assertThat(People.as("QA").post("/api/builds", buildJson(setup, unique("B"))).status())
                .isEqualTo(403);
        assertThat(
                        People.as("REGULATOR")
                                .post("/api/builds", buildJson(setup, unique("B")))
                                .status())
                .isEqualTo(403);
        assertThat(importLogAs("QA", buildNumber).status()).isEqualTo(403);
        assertThat(importLogAs("REGULATOR", buildNumber).status()).isEqualTo(403);
        assertThat(importLogAs("ENGINEER", buildNumber).status()).isEqualTo(200);
        for (String reader : List.of("OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR")) {
            assertThat(People.as(reader).get("/api/builds/" + buildNumber).status())
                    .as(reader)
                    .isEqualTo(200);
            assertThat(People.as(reader).get("/api/builds/" + buildNumber + "/layers").status())
                    .as(reader)
                    .isEqualTo(200);
        }
        for (String outsider : List.of("SURGEON", "ADMIN")) {
            assertThat(People.as(outsider).get("/api/builds/" + buildNumber).status())
                    .as(outsider)
                    .isEqualTo(403);
            assertThat(People.as(outsider).get("/api/builds/" + buildNumber + "/layers").status())
                    .as(outsider)
                    .isEqualTo(403);
            assertThat(People.as(outsider).get("/api/machines").status())
                    .as(outsider)
                    .isEqualTo(403);
        }
        assertThat(Api.anonymous().get("/api/builds/" + buildNumber).status()).isEqualTo(401);
        assertThat(People.as("QA").get("/api/builds/NO-SUCH-BUILD").status()).isEqualTo(404);
    }

    private static Api.Answer importLogAs(String role, String buildNumber) {
        return People.as(role)
                .upload(
                        "/api/builds/" + buildNumber + "/log?fileName=log.csv",
                        "text/csv",
                        logCsv(10));
    }

    static List<JsonObject> auditOf(String recordType, String label) {
        return People.as("REGULATOR")
                .get(
                        "/api/audit?recordType="
                                + recordType
                                + "&order=oldest&limit=1000&from="
                                + Instant.now().minusSeconds(900))
                .array()
                .stream()
                .map(JsonObject.class::cast)
                .filter(e -> label.equals(e.getString("recordLabel")))
                .toList();
    }
}
