package it.org.implantdhr.release;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.casefile.CaseFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers on one database: two release attempts on one implant, sent at the same moment, one to
 * each server, end in exactly one release (200) and one conflict (409), and the database holds
 * exactly one decision and one release signature. The same for two rejections, on an implant of its
 * own, so that part never runs out of implants.
 *
 * <p>The second server ({@code implantdhr-it2}, port 9181) is created by the build (ear/pom.xml,
 * create-it2-server) and started here (once the first server made the demo keystore both sign
 * with); it is stopped after the class. PostgreSQL only ({@code -Ppostgresql}, which CI runs): the
 * H2 file database is embedded in one server process, and a second process could share it only
 * through H2's own AUTO_SERVER mode, which tests H2 rather than the application. On H2 the class is
 * disabled before anything is deployed or started.
 *
 * <p>The release races on a conforming implant of the test's own ({@link Plant}).
 */
@EnabledIfSystemProperty(
        named = "db.kind",
        matches = "postgresql",
        disabledReason = "two servers share a PostgreSQL database only; run with -Ppostgresql")
@ExtendWith(ArquillianExtension.class)
class ReleaseFromTwoServersIT {

    private static final String FIRST = Api.BASE;
    private static final String SECOND =
            "http://localhost:" + System.getProperty("it2.http.port", "9181");
    private static final String SECOND_SERVER =
            System.getProperty("it2.server.name", "implantdhr-it2");
    private static final String DB_URL =
            System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/implantdhr_it");
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    private static boolean secondServerStarted;

    @BeforeAll
    static void startTheSecondServer() throws Exception {
        // the first server makes the demo keystore the second one signs with (ear/pom.xml), before
        // the second starts
        expect(get(FIRST, "/verify/ca.pem", null), 200);
        server("stop"); // one left over from an interrupted run would serve an old EAR
        secondServerStarted = true;
        // "server start" returns once the server and its application have started
        // (config2/server.xml)
        assertThat(server("start")).as("server start " + SECOND_SERVER).isZero();
        expect(get(SECOND, "/api/users/me", "quinn.qa:quinn.qa-demo"), 200);
    }

    @AfterAll
    static void stopTheSecondServer() throws Exception {
        if (secondServerStarted) {
            server("stop");
        }
    }

    @Test
    void bothServersSignUnderOneAuthority() {
        assertThat(get(SECOND, "/verify/ca.pem", null).text())
                .isEqualTo(get(FIRST, "/verify/ca.pem", null).text());
    }

    @Test
    void aRevocationOnOneServerShowsAtOnceOnTheOther() {
        String serial = Plant.implants(1).released().serial();
        // the second server has answered for this serial before: whatever it could keep, it has
        assertThat(get(SECOND, "/verify/" + serial, null).text())
                .contains("data-status=\"RELEASED\"");

        expect(
                post(
                        FIRST,
                        "/api/certificates/" + serial + "/revocation",
                        "{\"reason\":\"Revoked on the first server\",\"password\":\"mia.qamanager-demo\","
                                + "\"zone\":\"UTC\"}",
                        "mia.qamanager:mia.qamanager-demo"),
                200);

        // the very next answer of the second server, without waiting
        assertThat(get(SECOND, "/verify/" + serial, null).text())
                .contains("data-status=\"REVOKED\"");
    }

    @Test
    void twoSimultaneousReleasesOnTwoServersGiveOneReleaseAndOneConflict() throws Exception {
        String serial = Plant.implants(1).recorded().serial();
        JsonObject evaluation =
                expect(
                                post(
                                        FIRST,
                                        "/api/implants/" + serial + "/evaluations",
                                        "",
                                        "quinn.qa:quinn.qa-demo"),
                                201)
                        .json();
        // before a signature exists REC-SIGNATURE and REC-FOUR-EYES are MISSING; nothing may FAIL
        assertThat(evaluation.getJsonArray("findings").getValuesAs(JsonObject.class))
                .noneMatch(f -> f.getString("outcome").equals("FAIL"));

        var answers =
                atTheSameMoment(
                        () ->
                                post(
                                        FIRST,
                                        "/api/implants/" + serial + "/release",
                                        release("quinn.qa-demo"),
                                        "quinn.qa:quinn.qa-demo"),
                        () ->
                                post(
                                        SECOND,
                                        "/api/implants/" + serial + "/release",
                                        release("mia.qamanager-demo"),
                                        "mia.qamanager:mia.qamanager-demo"));

        assertThat(answers.stream().map(Api.Answer::status).toList())
                .as(answers.toString())
                .containsExactlyInAnyOrder(200, 409);
        var conflict = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        JsonObject released =
                answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().json();
        for (String server : List.of(FIRST, SECOND)) {
            JsonObject decision =
                    expect(
                                    get(
                                            server,
                                            "/api/implants/" + serial + "/decision",
                                            "rita.regulator:rita.regulator-demo"),
                                    200)
                            .json();
            assertThat(decision.getJsonNumber("id").longValue())
                    .isEqualTo(released.getJsonNumber("id").longValue());
            assertThat(decision.getString("decisionSha256"))
                    .isEqualTo(released.getString("decisionSha256"));
        }
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM release_decision d JOIN implant i ON i.id = d.implant_id"
                                        + " WHERE i.serial_number = ?",
                                serial))
                .isEqualTo(1);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM electronic_signature s JOIN implant i ON i.id = s.subject_id"
                                        + " WHERE s.subject_type = 'Implant' AND s.meaning = 'RELEASE' AND i.serial_number = ?",
                                serial))
                .isEqualTo(1);
    }

    @Test
    void twoSimultaneousRejectionsOnTwoServersGiveOneRejectionAndOneConflict() throws Exception {
        String serial = CaseFixtures.newImplant();
        expect(People.as("QA").post("/api/implants/" + serial + "/evaluations", ""), 201);
        String qa = "it.qa:" + People.PASSWORD;

        var answers =
                atTheSameMoment(
                        () ->
                                post(
                                        FIRST,
                                        "/api/implants/" + serial + "/rejection",
                                        "{\"reason\":\"first server\"}",
                                        qa),
                        () ->
                                post(
                                        SECOND,
                                        "/api/implants/" + serial + "/rejection",
                                        "{\"reason\":\"second server\"}",
                                        qa));

        assertThat(answers.stream().map(Api.Answer::status).toList())
                .as(answers.toString())
                .containsExactlyInAnyOrder(200, 409);
        assertThat(
                        expect(get(SECOND, "/api/implants/" + serial, qa), 200)
                                .json()
                                .getString("status"))
                .isEqualTo("REJECTED");
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM release_decision d JOIN implant i ON i.id = d.implant_id"
                                        + " WHERE i.serial_number = ?",
                                serial))
                .isEqualTo(1);
    }

    /** Both requests wait at a barrier, then go out together, each on its own thread. */
    private static List<Api.Answer> atTheSameMoment(
            Callable<Api.Answer> one, Callable<Api.Answer> other) throws Exception {
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first =
                    pool.submit(
                            () -> {
                                barrier.await(30, TimeUnit.SECONDS);
                                return one.call();
                            });
            var second =
                    pool.submit(
                            () -> {
                                barrier.await(30, TimeUnit.SECONDS);
                                return other.call();
                            });
            return List.of(first.get(3, TimeUnit.MINUTES), second.get(3, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String release(String password) {
        return "{\"password\":\"" + password + "\",\"zone\":\"Europe/Berlin\"}";
    }

    private static long count(String sql, String serial) throws SQLException {
        try (var connection = DriverManager.getConnection(DB_URL, "postgres", "");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, serial);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Runs {@code server <action> implantdhr-it2} of the test installation; its exit code. */
    private static int server(String action) throws IOException, InterruptedException {
        File wlp = new File(System.getProperty("wlp.home", "target/liberty/wlp"));
        File log = new File(wlp.getParentFile(), SECOND_SERVER + "-" + action + ".log");
        Process process =
                new ProcessBuilder(new File(wlp, "bin/server").getPath(), action, SECOND_SERVER)
                        .redirectErrorStream(true)
                        .redirectOutput(log)
                        .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "server " + action + " " + SECOND_SERVER + " did not finish; see " + log);
        }
        return process.exitValue();
    }

    private static Api.Answer get(String base, String path, String user) {
        return send(request(base, path, user).GET());
    }

    private static Api.Answer post(String base, String path, String json, String user) {
        return send(
                request(base, path, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(String base, String path, String user) {
        var builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Api.Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            // the second server is not listening yet
            return new Api.Answer(-1, "", e.toString().getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
