package it.org.implantdhr.platform;

import static it.org.implantdhr.heattreatment.HeatTreatmentFixtures.jsonArray;
import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.build.BuildFixtures;
import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.component.ComponentFixtures;
import it.org.implantdhr.heattreatment.HeatTreatmentFixtures;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.build.control.BuildLog;
import org.implantdhr.build.control.BuildLogCsv;
import org.implantdhr.heattreatment.control.FurnaceChart;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inputs that cannot hurt the record: each is refused with a small 4xx problem+json naming the
 * field or the line, never a 5xx, never an echo of the whole input or of the server's classes, and
 * nothing of it is stored (read back through the API).
 */
@ExtendWith(ArquillianExtension.class)
class InputGuardIT {

    private static final String FORTY_DIGITS = "1234567890".repeat(4);
    private static final String LONG_TEXT = "x".repeat(100_000);

    @Test
    void aHugeNumberIsRefusedAtOnceWithABoundedAnswerAndNothingIsWeighed() {
        String serial = CaseFixtures.newImplant();
        var operator = People.as("OPERATOR");
        for (String value :
                List.of("1e999999999", "1e400", FORTY_DIGITS, "-" + FORTY_DIGITS, "1e-400")) {
            refused(
                    operator.post(
                            "/api/implants/" + serial + "/mass",
                            """
                    {"value":%s,"unit":"g","reason":"x"}"""
                                    .formatted(value)),
                    422,
                    "value");
        }
        refused(
                operator.post(
                        "/api/implants/" + serial + "/mass",
                        "{\"value\":1e999999999,\"unit\":\"g\"}"),
                422,
                "value");
        var implant = expect(operator.get("/api/implants/" + serial), 200).json();
        assertThat(!implant.containsKey("measuredMass") || implant.isNull("measuredMass")).isTrue();
    }

    @Test
    void aMassOutsideItsPhysicalRangeOrTooPreciseIsRefusedNamingTheField() {
        String serial = CaseFixtures.newImplant();
        var operator = People.as("OPERATOR");
        for (String mass :
                List.of(
                        "{\"value\":0,\"unit\":\"g\"}",
                        "{\"value\":-41,\"unit\":\"g\"}",
                        "{\"value\":12,\"unit\":\"kg\"}",
                        "{\"value\":41.000000001,\"unit\":\"g\"}")) {
            refused(operator.post("/api/implants/" + serial + "/mass", mass), 422, "measuredMass");
        }
        refused(
                operator.post(
                        "/api/implants/" + serial + "/mass", "{\"value\":\"41\",\"unit\":\"g\"}"),
                422,
                "value");
        var implant = expect(operator.get("/api/implants/" + serial), 200).json();
        assertThat(!implant.containsKey("measuredMass") || implant.isNull("measuredMass")).isTrue();
        expect(
                operator.post(
                        "/api/implants/" + serial + "/mass", "{\"value\":41.2504,\"unit\":\"g\"}"),
                200);
        // kept as weighed, to the 0.1 mg and below: a mass rounded on the way in could pass
        // DES-MASS
        assertThat(
                        expect(operator.get("/api/implants/" + serial), 200)
                                .json()
                                .getJsonObject("measuredMass")
                                .getJsonNumber("value")
                                .bigDecimalValue())
                .isEqualByComparingTo("41.2504");
    }

    @Test
    void aHugeNumberInACouponResultIsRefusedWithABoundedAnswer() {
        String build = BuildFixtures.build(BuildFixtures.setup());
        String result =
                """
                {"testStandard":"ASTM E8/E8M","laboratory":"Acme Materials Lab","testedOn":"2026-03-20",
                 "testedBy":"R. Tester","uts":{"value":%s,"unit":"MPa"}}""";
        var qa = People.as("QA");
        refused(
                qa.post("/api/coupons/" + build + "-T1/results", result.formatted("1e9999999")),
                422,
                "uts.value");
        refused(
                qa.post("/api/coupons/" + build + "-T1/results", result.formatted("9000")),
                422,
                "uts");
        refused(
                qa.post(
                        "/api/coupons/" + build + "-T1/results",
                        result.formatted("950").replace("\"MPa\"", "\"ksi\"")),
                422,
                "uts");
        assertThat(expect(qa.get("/api/coupons/" + build + "-T1"), 200).text())
                .doesNotContain("R. Tester");
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheField() {
        String caseNumber = unique("CASE");
        People.named(CaseFixtures.SURGEON, "SURGEON");
        refused(
                People.as("ENGINEER")
                        .post(
                                "/api/cases",
                                CaseFixtures.caseJson(
                                                caseNumber, CaseFixtures.SURGEON, "CUSTOM_MADE")
                                        .replace("Test Hospital", LONG_TEXT)),
                422,
                "hospital");
        assertThat(People.as("ENGINEER").get("/api/cases/" + caseNumber).status()).isEqualTo(404);

        String supplier = unique("Supplier");
        refused(
                People.as("QA")
                        .post(
                                "/api/suppliers",
                                """
                {"name":"%s","approvedFrom":"2020-01-01"}"""
                                        .formatted(supplier + LONG_TEXT)),
                422,
                "name");
        assertThat(People.as("QA").get("/api/suppliers").text()).doesNotContain(supplier);

        String username = unique("it.long").toLowerCase();
        refused(
                People.admin()
                        .post(
                                "/api/users",
                                """
                {"username":"%s","fullName":"%s","password":"%s","roles":["OPERATOR"]}"""
                                        .formatted(username, LONG_TEXT, People.PASSWORD)),
                422,
                "fullName");
        assertThat(People.admin().get("/api/users").text()).doesNotContain(username);

        String serial = CaseFixtures.newImplant();
        refused(
                People.as("OPERATOR")
                        .post(
                                "/api/implants/" + serial + "/mass",
                                """
                {"value":41.2,"unit":"g","reason":"%s"}"""
                                        .formatted(LONG_TEXT)),
                422,
                "reason");
    }

    @Test
    void aBooleanIsTrueOrFalseAndAnEnumOneOfItsValues() {
        for (String sterile : List.of("\"yes\"", "\"1\"", "1", "\"true\"")) {
            String lotNumber = "L" + System.nanoTime();
            String json =
                    ComponentFixtures.lotJson(lotNumber, LocalDate.now().plusYears(1))
                            .replace("\"sterile\":true", "\"sterile\":" + sterile);
            var answer =
                    refused(
                            People.as("OPERATOR").post("/api/component-lots", json),
                            422,
                            "sterile");
            assertThat(answer.text()).contains("true or false");
            assertThat(
                            People.as("OPERATOR")
                                    .get(
                                            "/api/component-lots/"
                                                    + ComponentFixtures.SUPPLIER.replace(" ", "%20")
                                                    + "/"
                                                    + ComponentFixtures.CATALOGUE
                                                    + "/"
                                                    + lotNumber)
                                    .status())
                    .isEqualTo(404);
        }
        String machine = BuildFixtures.machine();
        var welder =
                refused(
                        People.as("ENGINEER")
                                .post(
                                        "/api/machines/" + machine + "/qualifications",
                                        """
                {"username":"it.operator","activity":"WELDER","validFrom":"2020-01-01","validUntil":"2030-12-31"}"""),
                        422,
                        "activity");
        assertThat(welder.text()).contains("OPERATOR", "PROGRAMMER");
        assertThat(People.as("QA").get("/api/machines/" + machine + "/qualifications").array())
                .isEmpty();

        var malformed = People.as("OPERATOR").post("/api/component-lots", "{\"supplier\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertSmallProblem(malformed);
    }

    @Test
    @Tag("CFR-11.10g")
    void aPerformerMustHoldTheRoleOfTheStep() {
        People.as("QA_MANAGER");
        String manager = "it.qa-manager";
        String serial = HeatTreatmentFixtures.implant();
        var operator = People.as("OPERATOR");

        refused(
                operator.post(
                        "/api/process-operations",
                        operation(serial, manager, "2026-03-16T09:00:00Z")),
                422,
                "operator");
        assertThat(operator.get("/api/process-operations?implant=" + serial).array()).isEmpty();

        String cleaning = unique("CR");
        refused(
                operator.post(
                        "/api/cleaning-runs",
                        cleaningRun(cleaning, serial, manager, "2026-03-17T10:00:00Z")),
                422,
                "operator");
        assertThat(operator.get("/api/cleaning-runs/" + cleaning).status()).isEqualTo(404);

        String run = unique("HT");
        refused(
                operator.post(
                        "/api/heat-treatment-runs",
                        HeatTreatmentFixtures.runJson(
                                        run, HeatTreatmentFixtures.furnace(), List.of(serial))
                                .replace("\"it.operator\"", "\"" + manager + "\"")),
                422,
                "operator");
        assertThat(operator.get("/api/heat-treatment-runs/" + run).status()).isEqualTo(404);

        // a build's operator must be qualified on that machine, not merely a user
        People.named("it.unqualified", "OPERATOR");
        var setup = BuildFixtures.setup();
        String build = unique("B");
        refused(
                operator.post(
                        "/api/builds",
                        BuildFixtures.buildJson(setup, build)
                                .replace(
                                        "\"operator\":\"" + BuildFixtures.OPERATOR + "\"",
                                        "\"operator\":\"it.unqualified\"")),
                422,
                "operator");
        assertThat(operator.get("/api/builds/" + build).status()).isEqualTo(404);

        // the one who enters the record is kept apart from the one who performed it
        var entered =
                expect(
                                operator.post(
                                        "/api/process-operations",
                                        operation(serial, "it.operator", "2026-03-16T09:00:00Z")),
                                201)
                        .json();
        assertThat(entered.getString("operator")).isEqualTo("it.operator");
    }

    @Test
    void reworkAndScrapNeedAJustification() {
        String serial = HeatTreatmentFixtures.implant();
        var qa = People.as("QA");
        String number =
                expect(
                                qa.post(
                                        "/api/nonconformances",
                                        """
                {"implantSerial":"%s","checkId":"FIN-VISUAL","description":"support remnant on rib 3"}"""
                                                .formatted(serial)),
                                201)
                        .json()
                        .getString("number");
        for (String body :
                List.of(
                        "{\"disposition\":\"REWORK\"}",
                        "{\"disposition\":\"REWORK\",\"justification\":\"  \"}",
                        "{\"disposition\":\"SCRAP\",\"justification\":\"\"}")) {
            refused(
                    qa.post("/api/nonconformances/" + number + "/disposition", body),
                    422,
                    "justification");
        }
        assertThat(expect(qa.get("/api/nonconformances/" + number), 200).json().getString("status"))
                .isEqualTo("OPEN");
        assertThat(expect(qa.get("/api/implants/" + serial), 200).json().getString("status"))
                .isNotEqualTo("REJECTED");
    }

    @Test
    @Tag("CFR-11.10f")
    void noRecordCarriesATimeAfterTheMomentItIsRecorded() {
        String tomorrow =
                Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String serial = HeatTreatmentFixtures.implant();
        var operator = People.as("OPERATOR");

        refused(
                operator.post(
                        "/api/process-operations", operation(serial, "it.operator", tomorrow)),
                422,
                "performedAt");
        assertThat(operator.get("/api/process-operations?implant=" + serial).array()).isEmpty();

        String cleaning = unique("CR");
        refused(
                operator.post(
                        "/api/cleaning-runs",
                        cleaningRun(cleaning, serial, "it.operator", tomorrow)),
                422,
                "performedAt");
        assertThat(operator.get("/api/cleaning-runs/" + cleaning).status()).isEqualTo(404);

        String furnace = HeatTreatmentFixtures.furnace();
        String run = unique("HT");
        String runJson = HeatTreatmentFixtures.runJson(run, furnace, List.of(serial));
        refused(
                operator.post(
                        "/api/heat-treatment-runs",
                        runJson.replaceFirst(
                                "\"doorOpenedAt\":\"[^\"]+\"",
                                "\"doorOpenedAt\":\"" + tomorrow + "\"")),
                422,
                "doorOpenedAt");
        assertThat(operator.get("/api/heat-treatment-runs/" + run).status()).isEqualTo(404);

        String build = BuildFixtures.build(BuildFixtures.setup());
        refused(
                People.as("QA")
                        .post(
                                "/api/coupons/" + build + "-T1/results",
                                """
                {"testStandard":"ASTM E8/E8M","laboratory":"Acme Materials Lab","testedOn":"%s",
                 "testedBy":"R. Tester","uts":{"value":950,"unit":"MPa"}}"""
                                        .formatted(LocalDate.now(ZoneOffset.UTC).plusDays(2))),
                422,
                "testedOn");
        assertThat(expect(People.as("QA").get("/api/coupons/" + build + "-T1"), 200).text())
                .doesNotContain("R. Tester");
    }

    @Test
    @Tag("CFR-11.10f")
    void aFileWithARowAfterTheMomentOfRecordingIsRefusedNamingItsLine() {
        String build = BuildFixtures.build(BuildFixtures.setup());
        var refusedLog =
                refused(
                        BuildFixtures.importLog(
                                build, BuildLogCsv.write(logEndingTomorrow()), null),
                        422,
                        "line 52, column timestamp");
        assertThat(refusedLog.text()).contains("after the moment");
        var stored = expect(People.as("QA").get("/api/builds/" + build), 200).json();
        assertThat(!stored.containsKey("log") || stored.isNull("log")).isTrue();

        String run =
                HeatTreatmentFixtures.run(
                        HeatTreatmentFixtures.furnace(), List.of(HeatTreatmentFixtures.implant()));
        FurnaceChart fixture = HeatTreatmentFixtures.chart(120, 60, 3);
        long[] millis = fixture.epochMillis();
        millis[119] = Instant.now().plus(1, ChronoUnit.DAYS).toEpochMilli();
        var temperatures = new double[fixture.thermocoupleCount()][];
        for (int tc = 0; tc < temperatures.length; tc++) {
            temperatures[tc] = fixture.temperaturesC(tc);
        }
        var chart =
                new FurnaceChart(
                        millis,
                        fixture.thermocoupleNames(),
                        fixture.thermocoupleRoles(),
                        temperatures,
                        fixture.atmosphere().orElse(null));
        refused(
                HeatTreatmentFixtures.importChart(
                        People.as("OPERATOR"), run, HeatTreatmentFixtures.csv(chart), ""),
                422,
                "line 121, column timestamp");
        var storedRun = expect(People.as("QA").get("/api/heat-treatment-runs/" + run), 200).json();
        assertThat(!storedRun.containsKey("chart") || storedRun.isNull("chart")).isTrue();
    }

    /** 50 layers two hours ago, then one dated tomorrow: data row 50 is line 52. */
    private static BuildLog logEndingTomorrow() {
        int layers = 51;
        int[] layer = new int[layers];
        long[] millis = new long[layers];
        double[] o2 = new double[layers];
        double[] thickness = new double[layers];
        long start = Instant.now().minus(2, ChronoUnit.HOURS).toEpochMilli();
        for (int i = 0; i < layers; i++) {
            layer[i] = i + 1;
            millis[i] = start + i * 20_500L;
            o2[i] = 400;
            thickness[i] = 30;
        }
        millis[50] = Instant.now().plus(1, ChronoUnit.DAYS).toEpochMilli();
        return new BuildLog(layer, millis, o2, thickness, new ArrayList<>());
    }

    private static String operation(String serial, String operator, String performedAt) {
        return """
                {"implantSerial":"%s","type":"SEPARATION","equipment":"WEDM-1","operator":"%s",
                 "performedAt":"%s","visualResult":"PASS"}"""
                .formatted(serial, operator, performedAt);
    }

    private static String cleaningRun(
            String runNumber, String serial, String operator, String performedAt) {
        return """
                {"runNumber":"%s","processId":"CLN-US-ALK","processVersion":"2","cleaningFamily":"LATTICE-TI",
                 "operator":"%s","performedAt":"%s","implantSerials":%s}"""
                .formatted(runNumber, operator, performedAt, jsonArray(List.of(serial)));
    }

    /**
     * A 4xx problem+json naming {@code location} among its errors; small, and silent about the
     * server's insides.
     */
    private static Api.Answer refused(Api.Answer answer, int status, String location) {
        assertThat(answer.status())
                .as(answer.toString().substring(0, Math.min(2000, answer.toString().length())))
                .isEqualTo(status);
        assertSmallProblem(answer);
        assertThat(
                        answer.json().getJsonArray("errors").stream()
                                .map(JsonObject.class::cast)
                                .map(e -> e.getString("location")))
                .as(answer.text())
                .contains(location);
        return answer;
    }

    private static void assertSmallProblem(Api.Answer answer) {
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().length)
                .as(answer.text().substring(0, Math.min(500, answer.text().length())))
                .isLessThan(4096);
        assertThat(answer.text()).doesNotContain("RESTEASY", "org.implantdhr", "$", "Exception");
    }
}
