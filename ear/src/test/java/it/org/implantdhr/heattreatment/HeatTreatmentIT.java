package it.org.implantdhr.heattreatment;

import static it.org.implantdhr.heattreatment.HeatTreatmentFixtures.csv;
import static it.org.implantdhr.heattreatment.HeatTreatmentFixtures.furnace;
import static it.org.implantdhr.heattreatment.HeatTreatmentFixtures.importChart;
import static it.org.implantdhr.heattreatment.HeatTreatmentFixtures.run;
import static it.org.implantdhr.heattreatment.HeatTreatmentFixtures.runJson;
import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.implantdhr.evidence.control.Sha256;
import org.implantdhr.heattreatment.control.FurnaceChart;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HeatTreatmentIT {

    private static final String GOOD_HEADER =
            "timestamp,TC1 load [°C],TC2 load [°C],TC3 control [°C],vacuum [mbar]\n";

    @Test
    void anEngineerQualifiesAFurnaceOnceAndEveryoneOnTheRecordReadsIt() {
        String code = furnace();
        var furnace = expect(People.as("REGULATOR").get("/api/furnaces/" + code), 200).json();
        assertThat(furnace.getInt("ams2750Class")).isEqualTo(2);

        String again =
                """
                {"furnaceCode":"%s","ams2750Class":2,"uniformitySurveyDue":"2030-01-01","systemAccuracyDue":"2030-01-01"}""";
        assertThat(People.as("ENGINEER").post("/api/furnaces", again.formatted(code)).status())
                .isEqualTo(409);
        var classSeven =
                People.as("ENGINEER")
                        .post("/api/furnaces", again.formatted(unique("VF")).replace(":2,", ":7,"));
        assertThat(classSeven.status()).isEqualTo(422);
        assertThat(classSeven.text()).contains("ams2750Class");
        assertThat(
                        People.as("OPERATOR")
                                .post("/api/furnaces", again.formatted(unique("VF")))
                                .status())
                .isEqualTo(403);
        assertThat(People.as("SURGEON").get("/api/furnaces/" + code).status()).isEqualTo(403);
        assertThat(People.as("ADMIN").get("/api/furnaces").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/furnaces").status()).isEqualTo(401);
    }

    @Test
    @Tag("ISO13485-7.5.1")
    @Tag("ISO13485-7.5.9.2")
    void anOperatorRecordsARunWithItsLoadListAndTheImplantIsLinked() {
        String furnace = furnace();
        String serial = HeatTreatmentFixtures.implant();
        String runNumber = run(furnace, List.of(serial));

        var run = expect(People.as("QA").get("/api/heat-treatment-runs/" + runNumber), 200).json();
        assertThat(run.getString("furnace")).isEqualTo(furnace);
        assertThat(run.getString("operator")).isEqualTo("it.operator");
        assertThat(run.getString("atmosphere")).isEqualTo("VACUUM");
        assertThat(run.getJsonArray("implantSerials").getString(0)).isEqualTo(serial);
        assertThat(hasChart(run)).isFalse();
        assertThat(expect(People.as("QA").get("/api/implants/" + serial), 200).text())
                .contains(runNumber);

        assertThat(
                        People.as("OPERATOR")
                                .post(
                                        "/api/heat-treatment-runs",
                                        runJson(runNumber, furnace, List.of()))
                                .status())
                .isEqualTo(409);
    }

    @Test
    void unknownReferencesInARunAreRefusedNamingTheField() {
        String furnace = furnace();
        var operator = People.as("OPERATOR");
        assertRefused(
                operator.post(
                        "/api/heat-treatment-runs",
                        runJson(unique("HT"), "NO-SUCH-FURNACE", List.of())),
                "furnace");
        assertRefused(
                operator.post(
                        "/api/heat-treatment-runs",
                        runJson(unique("HT"), furnace, List.of())
                                .replace("\"it.operator\"", "\"nobody.here\"")),
                "operator");
        assertRefused(
                operator.post(
                        "/api/heat-treatment-runs",
                        runJson(unique("HT"), furnace, List.of("SN-NO-SUCH"))),
                "implantSerials[0]");
        assertRefused(
                operator.post(
                        "/api/heat-treatment-runs",
                        runJson(unique("HT"), furnace, List.of())
                                .replace(
                                        "\"couponCodes\":[]", "\"couponCodes\":[\"CPN-NO-SUCH\"]")),
                "couponCodes[0]");
        assertRefused(
                operator.post(
                        "/api/heat-treatment-runs",
                        runJson(unique("HT"), furnace, List.of())
                                .replace("\"VACUUM\"", "\"NITROGEN\"")),
                "atmosphere");
        assertThat(
                        People.as("ENGINEER")
                                .post(
                                        "/api/heat-treatment-runs",
                                        runJson(unique("HT"), furnace, List.of()))
                                .status())
                .isEqualTo(403);
        assertThat(
                        People.as("REGULATOR")
                                .post(
                                        "/api/heat-treatment-runs",
                                        runJson(unique("HT"), furnace, List.of()))
                                .status())
                .isEqualTo(403);
    }

    @Test
    @Tag("CFR-11.10c")
    void aChartIsKeptByteForByteAndEverySampleReadsBackIdentical() {
        String runNumber = run(furnace(), List.of());
        FurnaceChart chart = HeatTreatmentFixtures.chart(2000, 10, 4);
        byte[] file = csv(chart);

        var run = expect(importChart(People.as("OPERATOR"), runNumber, file, ""), 200).json();
        assertThat(run.getJsonObject("chart").getString("sha256")).isEqualTo(Sha256.hex(file));
        assertThat(run.getJsonObject("chart").getString("atmosphereTrace"))
                .isEqualTo("VACUUM_MBAR");

        var download =
                expect(
                        People.as("REGULATOR")
                                .get("/api/heat-treatment-runs/" + runNumber + "/chart"),
                        200);
        assertThat(download.body()).isEqualTo(file);

        var samples =
                expect(
                                People.as("QA")
                                        .get("/api/heat-treatment-runs/" + runNumber + "/samples"),
                                200)
                        .json();
        assertThat(
                        samples.getJsonArray("thermocouples").stream()
                                .map(JsonObject.class::cast)
                                .map(t -> t.getString("name") + "/" + t.getString("role"))
                                .toList())
                .containsExactly("TC1/LOAD", "TC2/LOAD", "TC3/LOAD", "TC4/LOAD", "CTRL/CONTROL");
        JsonArray sampledAt = samples.getJsonArray("sampledAt");
        assertThat(sampledAt).hasSize(chart.sampleCount());
        for (int s = 0; s < chart.sampleCount(); s++) {
            assertThat(Instant.parse(((JsonString) sampledAt.get(s)).getString()))
                    .isEqualTo(chart.timestamp(s));
        }
        JsonArray temperatures = samples.getJsonArray("temperaturesC");
        for (int tc = 0; tc < chart.thermocoupleCount(); tc++) {
            assertThat(doubles(temperatures.getJsonArray(tc)))
                    .as("thermocouple " + tc)
                    .isEqualTo(chart.temperaturesC(tc));
        }
        var atmosphere = samples.getJsonObject("atmosphere");
        assertThat(atmosphere.getString("kind")).isEqualTo("VACUUM");
        assertThat(atmosphere.getString("unit")).isEqualTo("mbar");
        assertThat(doubles(atmosphere.getJsonArray("values")))
                .isEqualTo(chart.atmosphere().orElseThrow().values());

        assertThat(auditOf(runNumber))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "ATTACH");
    }

    @Test
    @Tag("CFR-11.10e")
    void aSecondChartIsRefusedWithoutAReasonAndSupersedesTheFirstWithOne() {
        String runNumber = run(furnace(), List.of());
        var operator = People.as("OPERATOR");
        expect(
                importChart(operator, runNumber, csv(HeatTreatmentFixtures.chart(30, 10, 4)), ""),
                200);
        byte[] second = csv(HeatTreatmentFixtures.chart(40, 10, 5));

        assertThat(importChart(operator, runNumber, second, "").status()).isEqualTo(409);
        var superseded =
                expect(
                                importChart(
                                        operator,
                                        runNumber,
                                        second,
                                        "&reason=" + Api.q("logger clock corrected")),
                                200)
                        .json();

        assertThat(superseded.getJsonObject("chart").getString("sha256"))
                .isEqualTo(Sha256.hex(second));
        var samples = operator.get("/api/heat-treatment-runs/" + runNumber + "/samples").json();
        assertThat(samples.getJsonArray("sampledAt")).hasSize(40);
        assertThat(samples.getJsonArray("thermocouples")).hasSize(6);
        var change =
                auditOf(runNumber).stream()
                        .filter(e -> "chartFile".equals(e.getString("field", null)))
                        .findFirst()
                        .orElseThrow();
        assertThat(change.getString("reason")).isEqualTo("logger clock corrected");
        assertThat(change.getString("newValue")).isEqualTo(Sha256.hex(second));
    }

    @Test
    void fahrenheitAndKelvinAreConvertedExactlyAndPascalToMillibar() {
        String runNumber = run(furnace(), List.of());
        String chart =
                """
                timestamp,TC1 load [°F],TC2 load [K],TC3 load [degC],vacuum [Pa]
                2026-03-15T06:00:00Z,1472,1073.15,800,0.01
                2026-03-15T06:00:10Z,32,273.15,0,1
                """;
        expect(
                importChart(
                        People.as("OPERATOR"),
                        runNumber,
                        chart.getBytes(StandardCharsets.UTF_8),
                        ""),
                200);
        var samples =
                People.as("OPERATOR")
                        .get("/api/heat-treatment-runs/" + runNumber + "/samples")
                        .json();
        var temperatures = samples.getJsonArray("temperaturesC");
        for (int tc = 0; tc < 3; tc++) {
            assertThat(doubles(temperatures.getJsonArray(tc)))
                    .as("thermocouple " + tc)
                    .containsExactly(800.0, 0.0);
        }
        assertThat(doubles(samples.getJsonObject("atmosphere").getJsonArray("values")))
                .containsExactly(1.0E-4, 0.01);
    }

    @Test
    void aBadChartIsRefusedNamingWhereAndNothingIsStored() {
        String runNumber = run(furnace(), List.of());
        var cases =
                Map.of(
                        "unknown unit",
                                GOOD_HEADER.replace("TC2 load [°C]", "TC2 load [°R]")
                                        + "2026-03-15T06:00:00Z,20,20,20,1E-4\n",
                        "missing unit",
                                GOOD_HEADER.replace("TC2 load [°C]", "TC2 load")
                                        + "2026-03-15T06:00:00Z,20,20,20,1E-4\n",
                        "out of order",
                                GOOD_HEADER
                                        + "2026-03-15T06:00:10Z,20,20,20,1E-4\n2026-03-15T06:00:00Z,20,20,20,1E-4\n",
                        "repeated",
                                GOOD_HEADER
                                        + "2026-03-15T06:00:00Z,20,20,20,1E-4\n2026-03-15T06:00:00Z,20,20,20,1E-4\n",
                        "NaN", GOOD_HEADER + "2026-03-15T06:00:00Z,20,NaN,20,1E-4\n",
                        "Infinity", GOOD_HEADER + "2026-03-15T06:00:00Z,20,20,Infinity,1E-4\n",
                        "missing timestamp",
                                GOOD_HEADER.replace("timestamp,", "") + "20,20,20,1E-4\n",
                        "extra column",
                                GOOD_HEADER.replace(",vacuum", ",door,vacuum")
                                        + "2026-03-15T06:00:00Z,20,20,20,closed,1E-4\n",
                        "truncated row",
                                GOOD_HEADER
                                        + "2026-03-15T06:00:00Z,20,20,20,1E-4\n2026-03-15T06:00:10Z,20,2\n",
                        "dew point in a vacuum run",
                                GOOD_HEADER.replace("vacuum [mbar]", "dew point [°C]")
                                        + "2026-03-15T06:00:00Z,20,20,20,-60\n");
        var operator = People.as("OPERATOR");
        cases.forEach(
                (name, chart) -> {
                    var answer =
                            importChart(
                                    operator,
                                    runNumber,
                                    chart.getBytes(StandardCharsets.UTF_8),
                                    "&fileName=refused.csv");
                    assertThat(answer.status()).as(name + ": " + answer).isEqualTo(422);
                    assertThat(answer.contentType())
                            .as(name)
                            .startsWith("application/problem+json");
                    assertThat(answer.json().getJsonArray("errors")).as(name).isNotEmpty();
                });
        var empty = importChart(operator, runNumber, new byte[0], "");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);

        var outOfOrder =
                importChart(
                        operator,
                        runNumber,
                        cases.get("out of order").getBytes(StandardCharsets.UTF_8),
                        "");
        assertThat(outOfOrder.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .contains("line 3");
        var nan =
                importChart(
                        operator, runNumber, cases.get("NaN").getBytes(StandardCharsets.UTF_8), "");
        assertThat(nan.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .contains("TC2");

        assertThat(hasChart(operator.get("/api/heat-treatment-runs/" + runNumber).json()))
                .isFalse();
        assertThat(operator.get("/api/heat-treatment-runs/" + runNumber + "/chart").status())
                .isEqualTo(404);
        var samples = operator.get("/api/heat-treatment-runs/" + runNumber + "/samples").json();
        assertThat(samples.getJsonArray("sampledAt")).isEmpty();
        assertThat(samples.getJsonArray("thermocouples")).isEmpty();
        assertThat(auditOf(runNumber))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE");
        var files =
                People.as("QA")
                        .get(
                                "/api/audit?recordType=EvidenceFile&actor=it.operator&order=oldest&limit=1000&from="
                                        + recently())
                        .array();
        assertThat(
                        files.stream()
                                .map(JsonObject.class::cast)
                                .map(e -> e.getString("recordLabel", "")))
                .doesNotContain("refused.csv");
    }

    @Test
    @Tag("CFR-11.10g")
    void onlyOperatorsImportChartsAndOnlyRecordReadersReadThem() {
        String runNumber = run(furnace(), List.of());
        byte[] file = csv(HeatTreatmentFixtures.chart(10, 10, 4));
        for (String role :
                List.of("ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON", "ADMIN")) {
            assertThat(importChart(People.as(role), runNumber, file, "").status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(importChart(Api.anonymous(), runNumber, file, "").status()).isEqualTo(401);
        expect(importChart(People.as("OPERATOR"), runNumber, file, ""), 200);
        for (String role : List.of("OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR")) {
            assertThat(
                            People.as(role)
                                    .get("/api/heat-treatment-runs/" + runNumber + "/samples")
                                    .status())
                    .as(role)
                    .isEqualTo(200);
            assertThat(
                            People.as(role)
                                    .get("/api/heat-treatment-runs/" + runNumber + "/chart")
                                    .status())
                    .as(role)
                    .isEqualTo(200);
        }
        for (String role : List.of("SURGEON", "ADMIN")) {
            assertThat(
                            People.as(role)
                                    .get("/api/heat-treatment-runs/" + runNumber + "/samples")
                                    .status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(People.as(role).get("/api/heat-treatment-runs/" + runNumber).status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(importChart(People.as("OPERATOR"), "HT-NO-SUCH", file, "").status())
                .isEqualTo(404);
    }

    private static void assertRefused(Api.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("location"))
                .isEqualTo(field);
    }

    private static List<JsonObject> auditOf(String runNumber) {
        return People.as("REGULATOR")
                .get(
                        "/api/audit?recordType=HeatTreatmentRun&order=oldest&limit=1000&from="
                                + recently())
                .array()
                .stream()
                .map(JsonObject.class::cast)
                .filter(e -> runNumber.equals(e.getString("recordLabel", "")))
                .toList();
    }

    private static boolean hasChart(JsonObject run) {
        return run.containsKey("chart") && !run.isNull("chart");
    }

    private static String recently() {
        return Instant.now().minusSeconds(600).toString();
    }

    private static double[] doubles(JsonArray array) {
        return array.stream().mapToDouble(v -> ((JsonNumber) v).doubleValue()).toArray();
    }
}
