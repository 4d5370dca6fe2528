package it.org.implantdhr.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The study's endpoints computed from the follow-up joined to production, over REST. On a plant of
 * this class's own (four implants of sofia.surgeon's cases, released five days ago on the demo
 * recording clock, operated four days ago), the follow-up is recorded through the followup API:
 * disease-free survival events on days 1 and 3, censored on days 2 and 4 (Kaplan–Meier by hand: S =
 * 3/4, then 3/4 · 1/2 = 3/8; Greenwood 1/12 + 1/2 = 7/12), stays of 1, 2 and 3 days and one not yet
 * discharged, three adverse events, and baseline and 24-month scores. The class's build and powder
 * lot are its own, so their groups hold exactly these patients. No test changes the data.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

    private static final Api QA = Plant.QUINN;
    private static final Api SOFIA = Api.as(Plant.SOFIA, Plant.SOFIA + "-demo");
    private static final Api SAM = Api.as(Plant.SAM, Plant.SAM + "-demo");

    private static Plant.Recorded plant;

    @BeforeAll
    static void fourPatientsOperatedFourDaysAgoAndFollowedUp() {
        plant = Plant.implants(4).ofSurgeon(Plant.SOFIA).recorded();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var f = new FollowUpFixture(plant, Plant.SOFIA).releasedAt(now.minus(5, ChronoUnit.DAYS));
        Instant operatedAt = now.minus(4, ChronoUnit.DAYS);
        List<String> s = plant.serials();
        LocalDate day = LocalDate.ofInstant(operatedAt, ZoneOffset.UTC);
        f.operate(s.get(0), operatedAt, day.plusDays(1));
        f.operate(s.get(1), operatedAt, day.plusDays(3));
        f.operate(s.get(2), operatedAt, day.plusDays(2));
        f.operate(s.get(3), operatedAt, null);

        // A: recurrence found on day 1; 24 months: KPS +30, VAS 6.0 cm → 30 mm (−3.0), Watkins −1
        f.visit(s.get(0), "BASELINE", -1, 60, "6.0", "CM", 4, null, 0);
        f.visit(s.get(0), "M1", 1, null, null, null, null, "LOCAL_RECURRENCE", 1);
        f.visit(s.get(0), "M24", 4, 90, "30", "MM", 3, "LOCAL_RECURRENCE", 1);
        // B: free on day 2, distant recurrence on day 3; gains beyond the ranges: +50, −5.5, −3
        f.visit(s.get(1), "BASELINE", -1, 50, "7.5", "CM", 5, null, 0);
        f.visit(s.get(1), "M1", 2, null, null, null, null, "NO_EVIDENCE_OF_DISEASE", 2);
        f.visit(s.get(1), "M3", 3, null, null, null, null, "DISTANT_RECURRENCE", 3);
        f.visit(s.get(1), "M24", 4, 100, "2.0", "CM", 2, "DISTANT_RECURRENCE", 3);
        // C: free on day 2, no 24-month visit
        f.visit(s.get(2), "BASELINE", -1, 70, "5.0", "CM", 3, null, 0);
        f.visit(s.get(2), "M1", 2, null, null, null, null, "NO_EVIDENCE_OF_DISEASE", 2);
        // D: free on day 4, no change on any scale that reaches the range (VAS −2.0 cm)
        f.visit(s.get(3), "BASELINE", -1, 80, "40", "MM", 2, null, 0);
        f.visit(s.get(3), "M24", 4, 80, "20", "MM", 2, "NO_EVIDENCE_OF_DISEASE", 4);

        f.event(s.get(0), "10064687", 3, true, "DEFINITE", "UNLIKELY", 1);
        f.event(s.get(1), "10040102", 2, false, "UNRELATED", "POSSIBLE", 2);
        f.event(s.get(1), "10040102", 1, false, "UNLIKELY", "UNRELATED", 3);
    }

    @Test
    void diseaseFreeSurvivalOfTheBuildIsTheKaplanMeierWorkedByHand() {
        JsonObject dfs = group(QA, "build", plant.build()).getJsonObject("diseaseFreeSurvival");
        assertThat(dfs.getInt("patients")).isEqualTo(4);
        assertThat(dfs.getInt("events")).isEqualTo(2);
        assertThat(dfs.getInt("censored")).isEqualTo(2);
        var steps = dfs.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps)
                .extracting(st -> st.getJsonNumber("day").longValue())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(steps).extracting(st -> st.getInt("atRisk")).containsExactly(4, 3, 2, 1);
        assertThat(steps)
                .extracting(st -> st.getString("survival"))
                .containsExactly("3/4", "3/4", "3/8", "3/8");
        // Greenwood SE at day 3: S·√(7/12) = 0.375 · 0.763763… = 0.286411…, rounded up
        assertThat(steps.get(2).getJsonNumber("standardError").bigDecimalValue())
                .isEqualByComparingTo("0.286411");
        // log-log interval at day 3: computed apart (Python): 0.0109711…–0.8080010…, outward
        JsonObject interval = steps.get(2).getJsonObject("interval");
        assertThat(interval.getJsonNumber("lower").bigDecimalValue())
                .isEqualByComparingTo("0.0109");
        assertThat(interval.getJsonNumber("upper").bigDecimalValue())
                .isEqualByComparingTo("0.8081");
        // nobody was followed 24 months: no estimate there, and nobody at risk
        JsonObject at24 = dfs.getJsonObject("at24Months");
        assertThat(at24.getBoolean("estimable")).isFalse();
        assertThat(at24.getInt("atRisk")).isZero();
        assertThat(dfs.getJsonArray("atRisk").getJsonObject(0).getInt("patients")).isEqualTo(4);
    }

    @Test
    void hospitalStayAdverseEventsAndScoresOfThePowderLot() {
        JsonObject group = group(QA, "powder-lot", plant.powderLot());
        JsonObject stay = group.getJsonObject("hospitalStay");
        assertThat(stay.getInt("patients")).isEqualTo(4);
        assertThat(stay.getInt("discharged")).isEqualTo(3);
        assertThat(stay.getString("medianDays")).isEqualTo("2/1");
        assertThat(stay.getString("meanDays")).isEqualTo("2/1");
        assertProportion(stay.getJsonObject("withinThirtyDays"), 3, 4, "75.0");

        JsonObject events = group.getJsonObject("adverseEvents");
        assertThat(events.getInt("events")).isEqualTo(3);
        assertProportion(events.getJsonObject("patientsWithEvents"), 2, 4, "50.0");
        var grades = events.getJsonArray("byGrade").getValuesAs(JsonObject.class);
        assertThat(grades)
                .extracting(g -> g.getJsonObject("patients").getInt("count"))
                .containsExactly(1, 1, 1, 0, 0);
        assertProportion(events.getJsonObject("serious"), 1, 4, "25.0");
        assertProportion(events.getJsonObject("deviceRelated"), 1, 4, "25.0");
        assertProportion(events.getJsonObject("procedureRelated"), 1, 4, "25.0");

        var scores = group.getJsonArray("scores").getValuesAs(JsonObject.class);
        // Karnofsky: gains 30, 50, 0 → mean 80/3; improved A and B (2 of 4, C has no 24-month
        // visit)
        assertScore(scores.get(0), "Karnofsky", 4, 3, "80/3", 2, 1, 1);
        // VAS in cm: gains 3.0, 5.5, 2.0 → 21/2 / 3 = 7/2
        assertScore(scores.get(1), "VAS", 4, 3, "7/2", 2, 1, 1);
        // Watkins: gains 1, 3, 0 → 4/3
        assertScore(scores.get(2), "Watkins", 4, 3, "4/3", 2, 1, 1);
    }

    @Test
    void aSurgeonSeesOnlyTheirOwnPatients() {
        assertThat(
                        group(SOFIA, "build", plant.build())
                                .getJsonObject("diseaseFreeSurvival")
                                .getInt("patients"))
                .isEqualTo(4);
        var sams = SAM.get("/api/outcomes?by=build");
        assertThat(sams.status()).isEqualTo(200);
        assertThat(sams.json().getString("scope")).startsWith("Patients of");
        assertThat(sams.json().getJsonArray("groups").getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("key"))
                .doesNotContain(plant.build());
    }

    @Test
    void onlyTheReadingRolesAndSurgeonsSeeOutcomesAndABadBreakdownIsNamed() {
        for (String role : List.of("OPERATOR", "ENGINEER", "ADMIN", "STUDY_STAFF")) {
            assertThat(People.as(role).get("/api/outcomes").status()).as(role).isEqualTo(403);
            assertThat(People.as(role).get("/api/outcomes/report").status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(Api.anonymous().get("/api/outcomes").status()).isEqualTo(401);
        for (String role : List.of("QA", "QA_MANAGER", "REGULATOR")) {
            assertThat(People.as(role).get("/api/outcomes?by=design-family").status())
                    .as(role)
                    .isEqualTo(200);
        }
        Api.expectProblem(QA.get("/api/outcomes?by=unicorn"), 422, "by");
        Api.expectProblem(QA.get("/api/outcomes/report?zone=Mars/Olympus"), 422, "zone");
    }

    @Test
    void theSignedReportNamesTheGroupsAndPdfsigAcceptsIt() throws Exception {
        var answer = People.as("REGULATOR").get("/api/outcomes/report?zone=Europe/Berlin");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/pdf");
        Path file = Files.createTempFile("outcome-report-", ".pdf");
        Files.write(file, answer.body());
        Process pdfsig =
                new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.delete(file);
        // signed PAdES B-LT: the validation data is appended after the signature, so pdfsig no
        // longer calls the signature total (our own inspector allows exactly that addition)
        assertThat(output).as(output).contains("Signature is Valid.");
        try (var document = Loader.loadPDF(answer.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Outcome Report",
                            "Build " + plant.build(),
                            "Powder lot " + plant.powderLot())
                    .contains("Design family", "All patients");
        }
    }

    private static JsonObject group(Api caller, String by, String key) {
        var answer = caller.get("/api/outcomes?by=" + by);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + answer));
    }

    private static void assertProportion(JsonObject p, int count, int of, String percent) {
        assertThat(p.getInt("count")).isEqualTo(count);
        assertThat(p.getInt("of")).isEqualTo(of);
        assertThat(p.getJsonNumber("percent").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal(percent));
    }

    private static void assertScore(
            JsonObject score,
            String scale,
            int withBaseline,
            int assessed,
            String meanGain,
            int improved,
            int within,
            int beyond) {
        assertThat(score.getString("scale")).contains(scale);
        assertThat(score.getInt("withBaseline")).isEqualTo(withBaseline);
        assertThat(score.getInt("assessedAt24Months")).isEqualTo(assessed);
        assertThat(score.getString("meanGain")).isEqualTo(meanGain);
        assertProportion(score.getJsonObject("improved"), improved, withBaseline, "50.0");
        assertThat(score.getInt("withinRange")).isEqualTo(within);
        assertThat(score.getInt("beyondRange")).isEqualTo(beyond);
    }
}
