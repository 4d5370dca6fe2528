package org.implantdhr.demo.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The demo plant's people at their terminals: each step is an ordinary API call with the person's
 * own credentials, so the demo records carry real authors, real audit entries and files that went
 * through the real imports. A step whose record exists already answers 409 and is skipped, so an
 * interrupted fill is completed at the next start.
 */
final class DemoClient {

    /** The answer of one call. */
    record Answer(int status, String body) {
        boolean created() {
            return status == 200 || status == 201;
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /**
     * The token that lets these calls record on the demo recording clock (see {@link
     * RecordingClock}).
     */
    private final String demoToken;

    /** The moment of the plant's history the next calls record (null: the server's clock). */
    private Instant moment;

    /** The application in this server, on its own demo recording clock. */
    DemoClient(int port) {
        this("http://localhost:" + port + "/api", RecordingClock.demoToken());
    }

    /**
     * The API at {@code base} (e.g. http://host:9080/api) of a demo-mode server whose
     * recording-clock token is given.
     */
    DemoClient(String base, String demoToken) {
        this.base = base;
        this.demoToken = demoToken;
    }

    /**
     * The calls from now on record what happens at {@code at} in the plant's history (see {@link
     * RecordingClock}).
     */
    void at(Instant at) {
        this.moment = at;
    }

    Answer get(DemoUsers.DemoUser as, String path) {
        return send(request(as, path).GET());
    }

    Answer post(DemoUsers.DemoUser as, String path, String json) {
        return send(
                request(as, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(DemoUsers.DemoUser as, String path, String json) {
        return send(
                request(as, path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer upload(DemoUsers.DemoUser as, String path, String contentType, byte[] file) {
        return send(
                request(as, path)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /**
     * Creates unless it exists: a 409 means an earlier start recorded it already. Anything else is
     * a demo bug.
     */
    Answer ensure(Answer answer, String what) {
        if (!answer.created() && answer.status() != 409) {
            throw new IllegalStateException(
                    "Demo step '"
                            + what
                            + "' was refused: "
                            + answer.status()
                            + " "
                            + answer.body());
        }
        return answer;
    }

    boolean exists(DemoUsers.DemoUser as, String path) {
        return get(as, path).status() == 200;
    }

    /** Waits until the API answers (the application finishes starting after the start-up beans). */
    boolean awaitApi(DemoUsers.DemoUser as, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(as, "/users/me").status() == 200) {
                    return true;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while the server opens its port
            }
            Thread.sleep(2_000);
        }
        return false;
    }

    private HttpRequest.Builder request(DemoUsers.DemoUser as, String path) {
        String credentials = as.username() + ":" + as.password();
        var request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofMinutes(2))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        credentials.getBytes(
                                                                StandardCharsets.UTF_8)));
        if (moment != null) {
            request.header(RecordingClock.DEMO_MOMENT_HEADER, moment.toString())
                    .header(RecordingClock.DEMO_TOKEN_HEADER, demoToken);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The API did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
