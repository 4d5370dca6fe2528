package it.org.implantdhr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The public verification of a serial (GET /verify/{serial}) as JSON, as a phone app asks it. */
public final class PublicVerification {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    private PublicVerification() {}

    /** The verdict's status: RELEASED, IMPLANTED, EXPLANTED, REVOKED, ... */
    public static String statusOf(String serial) {
        return of(serial).getString("status");
    }

    public static JsonObject of(String serial) {
        try {
            var response =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(Api.BASE + "/verify/" + serial))
                                    .header("Accept", "application/json")
                                    .timeout(Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
