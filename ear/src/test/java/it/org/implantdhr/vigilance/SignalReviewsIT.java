package it.org.implantdhr.vigilance;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Api.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * QA's review of a signal flag over the API: a QA manager reviews a flagged build and signs; the
 * review keeps the numbers the flag showed; the flag stays reviewed until the build has another
 * event, then asks for a new review, which supersedes the first (both kept). Every refusal is
 * problem+json naming the field and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SignalReviewsIT {

    private static final String REVIEWS = "/api/vigilance/signals/reviews";

    /** A QA manager of these tests' own, so that wrong passwords lock no one else out. */
    private static Api manager() {
        return People.named("it.signal-qa-manager", "QA_MANAGER");
    }

    private static String review(
            String dimension,
            String group,
            Integer events,
            String conclusion,
            String reference,
            String reason,
            String password) {
        var json = Json.createObjectBuilder();
        if (dimension != null) {
            json.add("dimension", dimension);
        }
        if (group != null) {
            json.add("group", group);
        }
        if (events != null) {
            json.add("events", events);
        }
        if (conclusion != null) {
            json.add("conclusion", conclusion);
        }
        if (reference != null) {
            json.add("reference", reference);
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        if (password != null) {
            json.add("password", password);
        }
        return json.add("zone", "Europe/Berlin").build().toString();
    }

    private static List<JsonObject> history(String build) {
        return expect(People.as("REGULATOR").get(REVIEWS + "?dimension=BUILD&group=" + build), 200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aReviewHoldsUntilTheGroupChangesAndANewOneSupersedesIt() {
        FlaggedBuild b = FlaggedBuild.record();
        JsonObject flag = b.signal(People.as("QA"));
        assertThat(flag.getBoolean("flagged")).as(flag.toString()).isTrue();
        assertThat(flag.getString("reviewState")).isEqualTo("NOT_REVIEWED");
        assertThat(flag.getString("ruleVersion")).isEqualTo("SIG-1.0");
        assertThat(flag.getInt("events")).isEqualTo(FlaggedBuild.EVENTS);

        Instant before = Instant.now();
        JsonObject first =
                expect(
                                manager()
                                        .post(
                                                REVIEWS,
                                                review(
                                                        "BUILD",
                                                        b.build(),
                                                        FlaggedBuild.EVENTS,
                                                        "MONITOR",
                                                        null,
                                                        "one patient with recurrent mild seroma;"
                                                                + " watch the build",
                                                        People.PASSWORD)),
                                201)
                        .json();
        JsonObject reviewed = first.getJsonObject("reviewed");
        assertThat(reviewed.getString("dimension")).isEqualTo("BUILD");
        assertThat(reviewed.getString("group")).isEqualTo(b.build());
        assertThat(reviewed.getInt("implants")).isEqualTo(1);
        assertThat(reviewed.getInt("implantsWithEvent")).isEqualTo(1);
        assertThat(reviewed.getInt("events")).isEqualTo(FlaggedBuild.EVENTS);
        assertThat(reviewed.getJsonNumber("implantDays").longValue())
                .isEqualTo(flag.getJsonNumber("implantDays").longValue())
                .isEqualTo(1);
        assertThat(reviewed.getJsonNumber("ratePer100ImplantYears").bigDecimalValue())
                .isEqualByComparingTo(
                        flag.getJsonNumber("ratePer100ImplantYears").bigDecimalValue());
        assertThat(reviewed.getJsonNumber("comparisonRatePer100ImplantYears").bigDecimalValue())
                .isEqualByComparingTo(
                        flag.getJsonNumber("comparisonRatePer100ImplantYears").bigDecimalValue());
        assertThat(reviewed.getString("ruleVersion")).isEqualTo("SIG-1.0");
        assertThat(LocalDate.parse(reviewed.getString("countedTo")))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(first.getString("conclusion")).isEqualTo("MONITOR");
        assertThat(first.getString("reviewedBy")).isEqualTo("it.signal-qa-manager");
        // dated when it was recorded, never after
        Instant at = Instant.parse(first.getString("reviewedAt"));
        assertThat(at).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(first.getString("signature")).contains("SIGNAL_REVIEW");
        assertThat(first.getString("contentSha256")).hasSize(64);
        assertThat(
                        People.as("REGULATOR")
                                .get(
                                        "/api/audit?recordType=SignalFlagReview&recordId="
                                                + first.getJsonNumber("id").longValue())
                                .array())
                .singleElement()
                .satisfies(
                        e -> assertThat(e.asJsonObject().getString("action")).isEqualTo("CREATE"));

        JsonObject now = b.signal(People.as("QA_MANAGER"));
        assertThat(now.getString("reviewState")).isEqualTo("REVIEWED");
        assertThat(now.getJsonObject("lastReview").getString("conclusion")).isEqualTo("MONITOR");
        assertThat(now.getJsonArray("changesSinceReview")).isEmpty();

        // the explant of the flagged implant: another event, and a vigilance case
        expect(
                b.surgeon()
                        .post(
                                "/api/implantations/" + b.serial() + "/explantation",
                                """
                {"kind":"EXPLANT","explantedOn":"%s","reason":"INFECTION","reasonText":"persistent seroma, infected",
                 "deviceReturned":true}"""
                                        .formatted(LocalDate.now(ZoneOffset.UTC))),
                201);
        JsonObject changed = b.signal(People.as("QA"));
        assertThat(changed.getString("reviewState")).isEqualTo("CHANGED_SINCE_REVIEW");
        assertThat(changed.getJsonArray("changesSinceReview").getString(0))
                .isEqualTo(
                        "events "
                                + FlaggedBuild.EVENTS
                                + " then, "
                                + (FlaggedBuild.EVENTS + 1)
                                + " now");
        String caseNumber =
                expect(People.as("QA").get("/api/vigilance/cases"), 200)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(c -> c.getString("serialNumber").equals(b.serial()))
                        .findFirst()
                        .orElseThrow()
                        .getString("caseNumber");

        // what the reviewer saw is no longer what is there: refused
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review(
                                        "BUILD",
                                        b.build(),
                                        FlaggedBuild.EVENTS,
                                        "VIGILANCE_CASE",
                                        caseNumber,
                                        "the explant is its own case",
                                        People.PASSWORD)),
                422,
                "events");
        JsonObject second =
                expect(
                                manager()
                                        .post(
                                                REVIEWS,
                                                review(
                                                        "BUILD",
                                                        b.build(),
                                                        FlaggedBuild.EVENTS + 1,
                                                        "VIGILANCE_CASE",
                                                        caseNumber,
                                                        "the explant opened its case; the build"
                                                                + " is assessed there",
                                                        People.PASSWORD)),
                                201)
                        .json();
        assertThat(second.getString("reference")).isEqualTo(caseNumber);
        assertThat(second.getJsonObject("reviewed").getInt("events"))
                .isEqualTo(FlaggedBuild.EVENTS + 1);
        assertThat(b.signal(People.as("QA")).getString("reviewState")).isEqualTo("REVIEWED");

        List<JsonObject> history = history(b.build());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getString("conclusion")).isEqualTo("VIGILANCE_CASE");
        assertThat(history.get(0).getBoolean("current")).isTrue();
        assertThat(history.get(1).getString("conclusion")).isEqualTo("MONITOR");
        assertThat(history.get(1).getBoolean("current")).isFalse();
        assertThat(history.get(1).getJsonObject("reviewed").getInt("events"))
                .isEqualTo(FlaggedBuild.EVENTS);
    }

    @Test
    void everyBadReviewIsRefusedByFieldAndStoresNothing() {
        FlaggedBuild b = FlaggedBuild.record();
        String why = "a patient factor explains it";
        String good = People.PASSWORD;
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review("COLOUR", b.build(), null, "MONITOR", null, why, good)),
                422,
                "dimension");
        expectProblem(
                manager().post(REVIEWS, review("BUILD", null, null, "MONITOR", null, why, good)),
                422,
                "group");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review(
                                        "BUILD",
                                        b.build() + "-NONE",
                                        null,
                                        "MONITOR",
                                        null,
                                        why,
                                        good)),
                422,
                "has an implanted implant");
        // the quiet build is not flagged: there is nothing to review
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review(
                                        "BUILD",
                                        b.quiet().build(),
                                        null,
                                        "MONITOR",
                                        null,
                                        why,
                                        good)),
                422,
                "is not flagged");
        expectProblem(
                manager().post(REVIEWS, review("BUILD", b.build(), null, null, null, why, good)),
                422,
                "conclusion");
        expectProblem(
                manager().post(REVIEWS, review("BUILD", b.build(), null, "SHRUG", null, why, good)),
                422,
                "conclusion");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review("BUILD", b.build(), null, "MONITOR", null, " ", good)),
                422,
                "reason");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review("BUILD", b.build(), null, "NO_ACTION", "CAPA-1", why, good)),
                422,
                "reference");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review("BUILD", b.build(), null, "INVESTIGATION", null, why, good)),
                422,
                "reference");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review(
                                        "BUILD",
                                        b.build(),
                                        null,
                                        "VIGILANCE_CASE",
                                        "VC-1900-9999",
                                        why,
                                        good)),
                422,
                "reference");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review(
                                        "BUILD",
                                        b.build(),
                                        FlaggedBuild.EVENTS - 1,
                                        "MONITOR",
                                        null,
                                        why,
                                        good)),
                422,
                "events");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review(
                                        "BUILD",
                                        b.build(),
                                        null,
                                        "MONITOR",
                                        null,
                                        why,
                                        "wrong-password")),
                422,
                "password");
        expectProblem(
                manager()
                        .post(
                                REVIEWS,
                                review("BUILD", b.build(), null, "MONITOR", null, why, null)),
                422,
                "password");
        String valid =
                review("BUILD", b.build(), null, "INVESTIGATION", "CAPA-2026-014", why, good);
        for (String role : List.of("QA", "REGULATOR", "SURGEON", "ENGINEER")) {
            expect(People.as(role).post(REVIEWS, valid), 403);
        }
        expect(Api.anonymous().post(REVIEWS, valid), 401);
        expect(People.as("SURGEON").get(REVIEWS), 403);

        assertThat(history(b.build())).isEmpty();
        assertThat(b.signal(People.as("QA")).getString("reviewState")).isEqualTo("NOT_REVIEWED");

        // and the same review, right, is stored once
        expect(manager().post(REVIEWS, valid), 201);
        assertThat(history(b.build()))
                .singleElement()
                .satisfies(r -> assertThat(r.getString("reference")).isEqualTo("CAPA-2026-014"));
        expectProblem(People.as("QA").get(REVIEWS + "?group=" + b.build()), 422, "dimension");
    }
}
