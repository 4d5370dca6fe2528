package it.org.implantdhr.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Release → certificate → verify RELEASED → revoke → verify REVOKED, end to end, on an implant of
 * the test's own plant; who may revoke; bad revocations store nothing; the revocation's audit and a
 * second revocation, on an implant the class's plant revokes before the tests; and the rate limit
 * of the public verification, crossed from a loopback address of its own so that no other test
 * loses its budget.
 *
 * <p>The class's plant ({@link Plant}): one implant released and left in force, one released and
 * revoked before the tests, one never evaluated. No test changes any of them.
 */
@ExtendWith(ArquillianExtension.class)
class RevocationIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
    private static final String REASON =
            "Wrong separation-plate lot recorded on the certificate: do not implant";

    /** Released, its certificate in force: only refused revocations touch it. */
    private static String inForce;

    /** Released, then revoked once with {@link #REASON} before the tests. */
    private static String revoked;

    /** Recorded, never evaluated: it has no certificate. */
    private static String unreleased;

    @BeforeAll
    static void aPlantOfOurOwnWithAnImplantInForceOneRevokedAndOneUnreleased() {
        Plant.Recorded plant = Plant.implants(3).recorded();
        inForce = plant.serials().get(0);
        revoked = plant.serials().get(1);
        unreleased = plant.serials().get(2);
        Plant.release(inForce);
        Plant.release(revoked);
        Api.expect(revoke(manager(), revoked, revocation(REASON, People.PASSWORD)), 200);
    }

    static Api manager() {
        return People.as("QA_MANAGER");
    }

    static Api.Answer revoke(Api who, String serial, String json) {
        return who.post("/api/certificates/" + serial + "/revocation", json);
    }

    static String revocation(String reason, String password) {
        return Json.createObjectBuilder()
                .add("reason", reason)
                .add("password", password)
                .add("zone", "Europe/Berlin")
                .build()
                .toString();
    }

    @Test
    @Tag("CFR-11.10g")
    void onlyAQaManagerRevokes() {
        String body = revocation(REASON, People.PASSWORD);
        for (String role : List.of("OPERATOR", "ENGINEER", "QA", "REGULATOR", "SURGEON", "ADMIN")) {
            var refused = revoke(People.as(role), inForce, body);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(revoke(Api.anonymous(), inForce, body).status()).isEqualTo(401);
        assertThat(verify(inForce).getString("status")).isEqualTo("RELEASED");
    }

    @Test
    void badRevocationsAreRefusedAndStoreNothing() {
        String number = verify(inForce).getString("certificateNumber");
        // the certificate, both implants, and a revocation signature of the certificate (there is
        // none)
        String signature =
                "REVOCATION ReleaseCertificate "
                        + audit("recordType=ReleaseCertificate&label=" + number)
                                .get(0)
                                .getJsonNumber("recordId")
                                .longValue();
        List<JsonObject> before = auditOf(number, inForce, unreleased, signature);
        assertThat(before).extracting(e -> e.getString("recordLabel")).doesNotContain(signature);
        expectProblem(revoke(manager(), inForce, revocation("  ", People.PASSWORD)), 422, "reason");
        expectProblem(
                revoke(manager(), inForce, revocation("x".repeat(2001), People.PASSWORD)),
                422,
                "reason");
        expectProblem(
                revoke(manager(), inForce, revocation(REASON, "not-the-password")),
                422,
                "password");
        expectProblem(
                revoke(manager(), inForce, "{\"reason\":\"" + REASON + "\"}"), 400, "password");
        expectProblem(revoke(manager(), inForce, "{not json"), 400, "");
        expectProblem(
                revoke(
                        manager(),
                        "NO-SUCH-" + System.nanoTime(),
                        revocation(REASON, People.PASSWORD)),
                404,
                "does not exist");
        // an implant that is not released has no certificate
        expectProblem(
                revoke(manager(), unreleased, revocation(REASON, People.PASSWORD)),
                404,
                "Certificate");

        assertThat(verify(inForce).getString("status")).isEqualTo("RELEASED");
        assertThat(Plant.QUINN.get("/api/implants/" + inForce).json().getString("status"))
                .isEqualTo("RELEASED");
        assertThat(auditOf(number, inForce, unreleased, signature)).isEqualTo(before);
    }

    @Test
    void aRevokedCertificateIsShownRevokedAtOnceByTheSerialAndByTheFile() throws Exception {
        String serial = Plant.implants(1).released().serial(); // this test's own: it revokes it
        byte[] certificate = Api.expect(Plant.QUINN.get("/api/certificates/" + serial), 200).body();
        JsonObject released = verify(serial);
        assertThat(released.getString("status")).isEqualTo("RELEASED");
        assertThat(postToVerify(certificate).getJsonObject("implant").getString("status"))
                .isEqualTo("RELEASED");

        Instant before = Instant.now().minusSeconds(5);
        var made = revoke(manager(), serial, revocation(REASON, People.PASSWORD));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        JsonObject answer = made.json();
        assertThat(answer.getString("status")).isEqualTo("REVOKED");
        assertThat(answer.getString("reason")).isEqualTo(REASON);
        assertThat(answer.getString("revokedBy")).isEqualTo("it.qa-manager");
        assertThat(answer.getString("signature"))
                .startsWith("Test it.qa-manager, ")
                .endsWith(", REVOCATION");
        assertThat(answer.getString("certificateNumber"))
                .isEqualTo(released.getString("certificateNumber"));

        JsonObject now = verify(serial);
        assertThat(now.getString("status")).isEqualTo("REVOKED");
        assertThat(now.getString("revocationCategory")).isEqualTo("WITHDRAWN");
        assertThat(now.containsKey("revokedReason"))
                .as("the reason is for signed-in people")
                .isFalse();
        assertThat(
                        Plant.QUINN
                                .get("/api/certificates/" + serial + "/status")
                                .json()
                                .getString("revokedReason"))
                .isEqualTo(REASON);
        assertThat(Instant.parse(now.getString("revokedAt")))
                .isAfter(before)
                .isBefore(Instant.now().plusSeconds(5));
        assertThat(now.getString("certificateSha256"))
                .isEqualTo(released.getString("certificateSha256"));

        var page = Api.anonymous().get("/verify/" + serial);
        assertThat(page.text())
                .contains("REVOKED", "do not implant", "Withdrawn by the manufacturer")
                .doesNotContain("Wrong separation-plate lot");

        JsonObject file = postToVerify(certificate);
        assertThat(file.getBoolean("intact")).as("the bytes are still those we signed").isTrue();
        assertThat(file.getBoolean("matchesIssued")).isTrue();
        assertThat(file.getJsonObject("implant").getString("status")).isEqualTo("REVOKED");
        assertThat(file.getJsonObject("implant").getString("revocationCategory"))
                .isEqualTo("WITHDRAWN");
        assertThat(file.getJsonObject("implant").containsKey("revokedReason")).isFalse();

        assertThat(Plant.QUINN.get("/api/implants/" + serial).json().getString("status"))
                .isEqualTo("RECALLED");
        assertThat(Plant.QUINN.get("/api/certificates/" + serial).status())
                .as("kept as issued")
                .isEqualTo(200);
    }

    @Test
    @Tag("CFR-11.10e")
    void theRevocationIsAuditedWithOldAndNewValuesAndSignedOnce() {
        String number = verify(revoked).getString("certificateNumber");
        Map<String, JsonObject> changes = new LinkedHashMap<>();
        audit("recordType=ReleaseCertificate&label=" + number).stream()
                .filter(e -> e.getString("action").equals("UPDATE"))
                .forEach(e -> changes.put(e.getString("field"), e));
        assertThat(changes)
                .containsKeys(
                        "status",
                        "revokedReason",
                        "revokedAt",
                        "revokedBy",
                        "revocationSignatureId");
        assertThat(changes.get("status").getString("oldValue")).isEqualTo("ISSUED");
        assertThat(changes.get("status").getString("newValue")).isEqualTo("REVOKED");
        assertThat(changes.get("status").getString("reason")).isEqualTo(REASON);

        assertThat(changes.get("status").getString("actor")).isEqualTo("it.qa-manager");
        var implant =
                audit("recordType=Implant&actor=it.qa-manager&label=" + revoked).stream()
                        .filter(e -> "status".equals(e.getString("field", null)))
                        .toList();
        assertThat(implant)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.getString("oldValue")).isEqualTo("RELEASED");
                            assertThat(e.getString("newValue")).isEqualTo("RECALLED");
                        });
        // the signature's label names the certificate it signs by id: "REVOCATION
        // ReleaseCertificate <id>"
        long certificateId = changes.get("status").getJsonNumber("recordId").longValue();
        var signatures =
                audit(
                                "recordType=ElectronicSignature&label="
                                        + Api.q("REVOCATION ReleaseCertificate " + certificateId))
                        .stream()
                        .filter(e -> e.getString("action").equals("CREATE"))
                        .toList();
        assertThat(signatures)
                .singleElement()
                .satisfies(e -> assertThat(e.getString("actor")).isEqualTo("it.qa-manager"));
    }

    @Test
    @Tag("CFR-11.10f")
    void aSecondRevocationIsAConflictAndChangesNothing() {
        var again = revoke(manager(), revoked, revocation("once more", People.PASSWORD));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text()).contains("already revoked");
        assertThat(
                        manager()
                                .get("/api/certificates/" + revoked + "/status")
                                .json()
                                .getString("revokedReason"))
                .isEqualTo(REASON);
        // a recalled implant is not evaluated (nor released) again
        assertThat(Plant.QUINN.post("/api/implants/" + revoked + "/evaluations", "").status())
                .isEqualTo(409);
    }

    /**
     * From a loopback address of its own (the limit counts per connection address; Linux answers on
     * all of 127/8): the first requests of the minute pass, then 429 with Retry-After, while
     * 127.0.0.1 still gets answers.
     */
    @Test
    void aBurstFromOneAddressIsAnsweredTooManyRequestsWithRetryAfter() throws IOException {
        InetAddress client =
                InetAddress.getByName(
                        "127.0.%d.%d"
                                .formatted(
                                        ThreadLocalRandom.current().nextInt(1, 255),
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
        // 300 a minute in fixed windows (ClientRateLimiter): a burst that straddles the end of a
        // window meets the next window's budget too, so at most twice the limit gets through
        assertThat(admitted).as("the IT server allows 300 a minute").isBetween(1, 600);
        assertThat(limited.headers()).containsKey("retry-after");
        assertThat(Integer.parseInt(limited.headers().get("retry-after"))).isBetween(1, 60);
        assertThat(limited.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(limited.body()).contains("\"status\":429");
        // an X-Forwarded-For header does not buy a new budget
        assertThat(get(client, port, "/verify/ANY", "X-Forwarded-For: 10.9.8.7").status())
                .isEqualTo(429);
        assertThat(verify("NO-SUCH-" + System.nanoTime()).getString("status"))
                .as("other clients go on")
                .isEqualTo("UNKNOWN");
    }

    private record RawAnswer(int status, Map<String, String> headers, String body) {}

    /**
     * One HTTP/1.1 GET over a socket bound to the given local address (java.net.http cannot choose
     * it on Java 17).
     */
    private static RawAnswer get(InetAddress local, int port, String path, String... extraHeaders)
            throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port, local, 0)) {
            socket.setSoTimeout(10_000);
            var request =
                    new StringBuilder(
                            "GET "
                                    + path
                                    + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                                    + "Connection: close\r\n");
            for (String header : extraHeaders) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream()
                    .write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            var in =
                    new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            var headers = new LinkedHashMap<String, String>();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(),
                        line.substring(colon + 1).trim());
            }
            var body = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                body.append(line);
            }
            return new RawAnswer(status, headers, body.toString());
        }
    }

    /**
     * The audit entries the query finds (it names the records by label: the trail grows with every
     * run).
     */
    private static List<JsonObject> audit(String query) {
        return Api.expect(People.as("REGULATOR").get("/api/audit?limit=1000&" + query), 200)
                .array()
                .getValuesAs(JsonObject.class);
    }

    /**
     * Every audit entry of the records of these labels (and of those named after them), in order.
     */
    private static List<JsonObject> auditOf(String... labels) {
        return java.util.Arrays.stream(labels)
                .flatMap(label -> audit("label=" + Api.q(label)).stream())
                .toList();
    }

    static void expectProblem(Api.Answer answer, int status, String mentioning) {
        Api.expectProblem(answer, status, mentioning);
    }

    static JsonObject verify(String serial) {
        try {
            var response =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(Api.BASE + "/verify/" + serial))
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
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
        var response =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/verify"))
                                .header("Content-Type", "application/pdf")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
