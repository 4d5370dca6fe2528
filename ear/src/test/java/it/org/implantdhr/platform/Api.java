package it.org.implantdhr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The API as a client sees it: HTTP with basic authentication against the test server. */
public final class Api {

    public static final String BASE =
            "http://localhost:" + System.getProperty("it.http.port", "9180");

    /**
     * HTTP/1.1, as browsers speak to a server without TLS. Java's client otherwise asks for an
     * HTTP/2 upgrade (h2c), and Liberty never answers such a request when it ends on an error page
     * (a servlet's 404): the test would wait for ever. Every test client of the suite does the
     * same.
     */
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    /** The server the calls go to: the test server unless {@link #on} names another. */
    private final String base;

    private final String authorization;

    /** The past moment the calls record (the demo recording clock), null for the server's clock. */
    private final Instant moment;

    private Api(String base, String authorization, Instant moment) {
        this.base = base;
        this.authorization = authorization;
        this.moment = moment;
    }

    public static Api as(String username, String password) {
        return new Api(
                BASE,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (username + ":" + password)
                                                .getBytes(StandardCharsets.UTF_8)),
                null);
    }

    public static Api anonymous() {
        return new Api(BASE, null, null);
    }

    /**
     * The same caller, recording what happens at a past {@code moment}: the test server runs in
     * demo mode, and like the demo plant a fixture records a history in the past on the demo
     * recording clock (its token is in the server's directory), so that e-signatures precede the
     * builds they allow and nothing is dated after the moment it is recorded.
     */
    public Api at(Instant moment) {
        return new Api(base, authorization, moment);
    }

    /**
     * The same caller on another server of the same database ({@code http://localhost:port}), as
     * the second test server.
     */
    public Api on(String otherBase) {
        return new Api(otherBase, authorization, moment);
    }

    /** An answer: status, content type and body. */
    public record Answer(int status, String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer upload(String path, String contentType, byte[] file) {
        return send(
                request(path)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /** The answer, after checking its status; the failure message shows the whole answer. */
    public static Answer expect(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }

    /** A problem+json answer of this status whose text mentions {@code mentioning}. */
    public static Answer expectProblem(Answer answer, int status, String mentioning) {
        expect(answer, status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text()).contains(mentioning);
        return answer;
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        var builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (moment != null) {
            builder.header("X-Implantdhr-Demo-Recorded-At", moment.toString())
                    .header("X-Implantdhr-Demo-Token", DemoRecordingClock.token());
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
