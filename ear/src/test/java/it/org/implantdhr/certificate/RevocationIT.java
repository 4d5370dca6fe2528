package it.org.implantdhr.certificate;

import it.org.implantdhr.demo.DemoPlantRecorded;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.ServerDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Release → certificate → verify RELEASED → revoke → verify REVOKED, end to end, on an implant of a plant of this
 * test's own (RecallFixtures); who may revoke; bad revocations store nothing; and the rate limit of the public
 * verification, crossed from a loopback address of its own so that no other test loses its budget.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RevocationIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String REASON = "Wrong separation-plate lot recorded on the certificate: do not implant";

    private static String serial;
    private static byte[] certificate;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ServerDeployment.ear();
    }

    @BeforeAll
    static void aReleasedImplantOfOurOwn() {
        DemoPlantRecorded.await();
        serial = RecallFixtures.releasedPlant(1).serials().get(0);
        var download = RecallFixtures.QUINN.get("/api/certificates/" + serial);
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        certificate = download.body();
    }

    static Api manager() {
        return People.as("QA_MANAGER");
    }

    static Api.Answer revoke(Api who, String serial, String json) {
        return who.post("/api/certificates/" + serial + "/revocation", json);
    }

    static String revocation(String reason, String password) {
        return Json.createObjectBuilder().add("reason", reason).add("password", password).add("zone", "Europe/Berlin")
                .build().toString();
    }

    @Test
    @Order(1)
    @Tag("CFR-11.10g")
    void onlyAQaManagerRevokes() {
        String body = revocation(REASON, People.PASSWORD);
        for (String role : List.of("OPERATOR", "ENGINEER", "QA", "REGULATOR", "SURGEON", "ADMIN")) {
            var refused = revoke(People.as(role), serial, body);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(revoke(Api.anonymous(), serial, body).status()).isEqualTo(401);
        assertThat(verify(serial).getString("status")).isEqualTo("RELEASED");
    }

    @Test
    @Order(2)
    void badRevocationsAreRefusedAndStoreNothing() {
        int before = auditOfCertificates().size();
        expectProblem(revoke(manager(), serial, revocation("  ", People.PASSWORD)), 422, "reason");
        expectProblem(revoke(manager(), serial, revocation("x".repeat(2001), People.PASSWORD)), 422, "reason");
        expectProblem(revoke(manager(), serial, revocation(REASON, "not-the-password")), 422, "password");
        expectProblem(revoke(manager(), serial, "{\"reason\":\"" + REASON + "\"}"), 400, "password");
        expectProblem(revoke(manager(), serial, "{not json"), 400, "");
        expectProblem(revoke(manager(), "NO-SUCH-" + System.nanoTime(), revocation(REASON, People.PASSWORD)), 404,
                "does not exist");
        // a demo implant that is not released has no certificate
        expectProblem(revoke(manager(), "CW-DEMO-07", revocation(REASON, People.PASSWORD)), 404, "Certificate");

        assertThat(verify(serial).getString("status")).isEqualTo("RELEASED");
        assertThat(RecallFixtures.QUINN.get("/api/implants/" + serial).json().getString("status")).isEqualTo("RELEASED");
        assertThat(auditOfCertificates()).hasSize(before);
    }

    @Test
    @Order(3)
    void aRevokedCertificateIsShownRevokedAtOnceByTheSerialAndByTheFile() throws Exception {
        JsonObject released = verify(serial);
        assertThat(released.getString("status")).isEqualTo("RELEASED");
        assertThat(postToVerify(certificate).getJsonObject("implant").getString("status")).isEqualTo("RELEASED");

        Instant before = Instant.now().minusSeconds(5);
        var revoked = revoke(manager(), serial, revocation(REASON, People.PASSWORD));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        JsonObject answer = revoked.json();
        assertThat(answer.getString("status")).isEqualTo("REVOKED");
        assertThat(answer.getString("reason")).isEqualTo(REASON);
        assertThat(answer.getString("revokedBy")).isEqualTo("it.qa-manager");
        assertThat(answer.getString("signature")).startsWith("Test it.qa-manager, ").endsWith(", REVOCATION");
        assertThat(answer.getString("certificateNumber")).isEqualTo(released.getString("certificateNumber"));

        JsonObject now = verify(serial);
        assertThat(now.getString("status")).isEqualTo("REVOKED");
        assertThat(now.getString("revokedReason")).isEqualTo(REASON);
        assertThat(Instant.parse(now.getString("revokedAt"))).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        assertThat(now.getString("certificateSha256")).isEqualTo(released.getString("certificateSha256"));

        var page = Api.anonymous().get("/verify/" + serial);
        assertThat(page.text()).contains("REVOKED", "do not implant", "Wrong separation-plate lot");

        JsonObject file = postToVerify(certificate);
        assertThat(file.getBoolean("intact")).as("the bytes are still those we signed").isTrue();
        assertThat(file.getBoolean("matchesIssued")).isTrue();
        assertThat(file.getJsonObject("implant").getString("status")).isEqualTo("REVOKED");
        assertThat(file.getJsonObject("implant").getString("revokedReason")).isEqualTo(REASON);

        assertThat(RecallFixtures.QUINN.get("/api/implants/" + serial).json().getString("status")).isEqualTo("RECALLED");
        assertThat(RecallFixtures.QUINN.get("/api/certificates/" + serial).status()).as("kept as issued").isEqualTo(200);
    }

    @Test
    @Order(4)
    @Tag("CFR-11.10e")
    void theRevocationIsAuditedWithOldAndNewValuesAndSignedOnce() {
        String number = verify(serial).getString("certificateNumber");
        Map<String, JsonObject> changes = new LinkedHashMap<>();
        auditOfCertificates().stream().filter(e -> e.getString("recordLabel").equals(number))
                .filter(e -> e.getString("action").equals("UPDATE"))
                .forEach(e -> changes.put(e.getString("field"), e));
        assertThat(changes).containsKeys("status", "revokedReason", "revokedAt", "revokedBy", "revocationSignatureId");
        assertThat(changes.get("status").getString("oldValue")).isEqualTo("ISSUED");
        assertThat(changes.get("status").getString("newValue")).isEqualTo("REVOKED");
        assertThat(changes.get("status").getString("reason")).isEqualTo(REASON);

        var implant = People.as("REGULATOR").get("/api/audit?recordType=Implant&actor=it.qa-manager&limit=1000").array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("recordLabel").contains(serial))
                .filter(e -> "status".equals(e.getString("field", null))).toList();
        assertThat(implant).singleElement().satisfies(e -> {
            assertThat(e.getString("oldValue")).isEqualTo("RELEASED");
            assertThat(e.getString("newValue")).isEqualTo("RECALLED");
        });
        var signatures = People.as("REGULATOR").get("/api/audit?recordType=ElectronicSignature&actor=it.qa-manager&limit=1000")
                .array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("recordLabel").startsWith("REVOCATION ReleaseCertificate")).toList();
        assertThat(signatures).isNotEmpty();
    }

    @Test
    @Order(5)
    @Tag("CFR-11.10f")
    void aSecondRevocationIsAConflictAndChangesNothing() {
        var again = revoke(manager(), serial, revocation("once more", People.PASSWORD));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text()).contains("already revoked");
        assertThat(verify(serial).getString("revokedReason")).isEqualTo(REASON);
        // a recalled implant is not evaluated (nor released) again
        assertThat(RecallFixtures.QUINN.post("/api/implants/" + serial + "/evaluations", "").status()).isEqualTo(409);
    }

    /**
     * From a loopback address of its own (the limit counts per connection address; Linux answers on all of
     * 127/8): the first requests of the minute pass, then 429 with Retry-After, while 127.0.0.1 still gets answers.
     */
    @Test
    @Order(6)
    void aBurstFromOneAddressIsAnsweredTooManyRequestsWithRetryAfter() throws IOException {
        InetAddress client = InetAddress.getByName("127.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
                ThreadLocalRandom.current().nextInt(2, 255)));
        int port = URI.create(Api.BASE).getPort();
        int admitted = 0;
        RawAnswer limited = null;
        for (int i = 0; i < 2_000 && limited == null; i++) {
            RawAnswer answer = get(client, port, "/verify/NO-SUCH-SERIAL-" + i);
            if (answer.status() == 200) {
                admitted++;
            } else {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
                limited = answer;
            }
        }
        assertThat(limited).as("no 429 after 2,000 requests").isNotNull();
        assertThat(admitted).as("the IT server allows 300 a minute").isBetween(1, 300);
        assertThat(limited.headers()).containsKey("retry-after");
        assertThat(Integer.parseInt(limited.headers().get("retry-after"))).isBetween(1, 60);
        assertThat(limited.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(limited.body()).contains("\"status\":429");
        // an X-Forwarded-For header does not buy a new budget
        assertThat(get(client, port, "/verify/ANY", "X-Forwarded-For: 10.9.8.7").status()).isEqualTo(429);
        assertThat(verify("NO-SUCH-" + System.nanoTime()).getString("status")).as("other clients go on").isEqualTo("UNKNOWN");
    }

    private record RawAnswer(int status, Map<String, String> headers, String body) {
    }

    /** One HTTP/1.1 GET over a socket bound to the given local address (java.net.http cannot choose it on Java 17). */
    private static RawAnswer get(InetAddress local, int port, String path, String... extraHeaders) throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port, local, 0)) {
            socket.setSoTimeout(10_000);
            var request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n");
            for (String header : extraHeaders) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            var headers = new LinkedHashMap<String, String>();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
            }
            var body = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                body.append(line);
            }
            return new RawAnswer(status, headers, body.toString());
        }
    }

    private static List<JsonObject> auditOfCertificates() {
        return People.as("REGULATOR").get("/api/audit?recordType=ReleaseCertificate&actor=it.qa-manager&limit=1000")
                .array().getValuesAs(JsonObject.class);
    }

    static void expectProblem(Api.Answer answer, int status, String mentioning) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text()).contains(mentioning);
    }

    static JsonObject verify(String serial) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/verify/" + serial))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject postToVerify(byte[] file) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
