package it.org.implantdhr.vigilance;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A build that signal detection flags whatever else the database holds: its one implant, operated
 * yesterday (one implant-day), has {@link #EVENTS} device-attributed adverse events (grade 1, not
 * serious: no vigilance case), and a quiet build of three implants operated four days ago gives the
 * comparison implant-days. Ten events in one implant-day are more than twice any plausible rate of
 * the rest and improbable at it (P &lt; 0.05 while the rest has fewer than about 3 events per
 * implant-day), and one implant with an event and two or more events is enough to judge. The plants
 * are released on the demo recording clock days ago, so the operations can follow their
 * certificates.
 */
record FlaggedBuild(Plant.Recorded plant, Plant.Recorded quiet) {

    static final int EVENTS = 10;

    static FlaggedBuild record() {
        Instant now = Instant.now();
        Plant.Recorded flagged = Plant.implants(1).ofSurgeon(Plant.SAM).recorded();
        Plant.Recorded quiet = Plant.implants(3).ofSurgeon(Plant.SAM).recorded();
        quiet.releasedAt(now.minus(5, ChronoUnit.DAYS));
        flagged.releasedAt(now.minus(3, ChronoUnit.DAYS));
        for (String serial : quiet.serials()) {
            ok(
                    quiet.surgeon(0)
                            .post(
                                    "/api/implantations",
                                    Plant.operation(
                                            serial,
                                            quiet.componentLot(),
                                            now.minus(4, ChronoUnit.DAYS))),
                    "operation " + serial);
        }
        ok(
                flagged.surgeon(0)
                        .post(
                                "/api/implantations",
                                Plant.operation(
                                        flagged.serial(),
                                        flagged.componentLot(),
                                        now.minus(1, ChronoUnit.DAYS))),
                "operation " + flagged.serial());
        var build = new FlaggedBuild(flagged, quiet);
        for (int i = 0; i < EVENTS; i++) {
            build.adverseEvent();
        }
        return build;
    }

    String serial() {
        return plant.serial();
    }

    String build() {
        return plant.build();
    }

    Api surgeon() {
        return plant.surgeon(0);
    }

    /** One more device-attributed adverse event (grade 1, not serious) of the flagged implant. */
    void adverseEvent() {
        ok(
                surgeon()
                        .post(
                                "/api/follow-ups/" + serial() + "/adverse-events",
                                """
                        {"termCode":"10040102","grade":1,"serious":false,"onsetDate":"%s",
                         "deviceAttribution":"POSSIBLE","procedureAttribution":"UNRELATED",
                         "actionTaken":"NONE","outcome":"RECOVERING"}"""
                                        .formatted(LocalDate.now(ZoneOffset.UTC))),
                "adverse event of " + serial());
    }

    /** The build as signal detection shows it now. */
    JsonObject signal(Api caller) {
        return Api.expect(caller.get("/api/vigilance/signals?dimension=BUILD"), 200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("group").equals(build()))
                .findFirst()
                .orElseThrow();
    }

    private static Api.Answer ok(Api.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer).isIn(200, 201);
        return answer;
    }
}
