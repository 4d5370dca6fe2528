package it.org.implantdhr.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Plant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A release issues a signed PDF/A-3 certificate in the same transaction; anyone can check it
 * without logging in, by serial number or by uploading the file, and an independent tool (poppler's
 * pdfsig) accepts the signature. On a plant of this class's own, of sofia.surgeon's cases: one
 * implant released, one recorded and never evaluated. No test changes either.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

    private static final Api QA = Plant.QUINN;
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    private static String serial;
    private static String unreleased;
    private static byte[] certificate;

    @BeforeAll
    static void anImplantOfOurOwnIsReleasedAndAnotherIsNot() {
        Plant.Recorded plant = Plant.implants(2).ofSurgeon(Plant.SOFIA).recorded();
        serial = plant.serials().get(0);
        unreleased = plant.serials().get(1);
        Plant.release(serial);
        var download = QA.get("/api/certificates/" + serial);
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        certificate = download.body();
    }

    @Test
    @Tag("CFR-11.70")
    void pdfsigFindsTheSignatureValid() throws Exception {
        Path file = Files.createTempFile("certificate-", ".pdf");
        Files.write(file, certificate);
        Process pdfsig =
                new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.delete(file);
        // the signature is followed by its validation data (PAdES B-LT: chain and CRL in the
        // document security store), which pdfsig counts as not signed; that only validation data
        // was appended is judged by our own check (coversWholeFile below) and by EU DSS
        // (LongTermSignatureIT)
        assertThat(output).as(output).contains("Signature is Valid.");
    }

    @Test
    @Tag("CFR-11.70")
    void theUploadedCertificateIsIntactCoversTheFileChainsToOurCaAndIsTheOneWeIssued()
            throws Exception {
        var answer = postToVerify(certificate);
        assertThat(answer.getBoolean("signed")).isTrue();
        assertThat(answer.getBoolean("intact")).as(answer.toString()).isTrue();
        assertThat(answer.getBoolean("coversWholeFile")).isTrue();
        assertThat(answer.getBoolean("chainsToOurCa")).as(answer.toString()).isTrue();
        assertThat(answer.getBoolean("matchesIssued")).isTrue();
        assertThat(answer.getBoolean("trustworthy")).as(answer.toString()).isTrue();
        assertThat(answer.getString("sha256")).isEqualTo(sha256(certificate));
        assertThat(answer.getJsonObject("implant").getString("status")).isEqualTo("RELEASED");
    }

    @Test
    void anyoneSeesTheStatusAndTheCertificateHashWithoutLoggingIn() throws Exception {
        var answer = getVerify(serial);
        assertThat(answer.getString("status")).isEqualTo("RELEASED");
        assertThat(answer.getString("certificateSha256")).isEqualTo(sha256(certificate));
        assertThat(answer.containsKey("patientPseudonym"))
                .as("walking serial numbers must not list patients")
                .isFalse();
        assertThat(answer.getString("deviceName")).isNotBlank();
        assertThat(answer.toString()).doesNotContain("hospital", "surgeon", "PT-");
        assertThat(
                        QA.get("/api/certificates/" + serial + "/status")
                                .json()
                                .getString("patientPseudonym"))
                .as("a signed-in person sees it")
                .startsWith("PT-");

        var page = Api.anonymous().get("/verify/" + serial);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("RELEASED", sha256(certificate), "width=device-width");
    }

    @Test
    @Tag("CFR-11.10a")
    @Tag("CFR-11.70")
    void aChangedByteIsNoLongerIntact() throws Exception {
        byte[] tampered = certificate.clone();
        int middle = tampered.length / 3;
        tampered[middle] = (byte) (tampered[middle] ^ 0x01);
        var answer = postToVerify(tampered);
        assertThat(answer.getBoolean("intact")).as(answer.toString()).isFalse();
        assertThat(answer.getBoolean("matchesIssued")).isFalse();
        assertThat(answer.getBoolean("trustworthy")).isFalse();
        assertThat(answer.getJsonArray("problems")).isNotEmpty();
    }

    @Test
    @Tag("CFR-11.10a")
    void somethingThatIsNoPdfIsNotTrustworthy() throws Exception {
        var answer = postToVerify("hello".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.getBoolean("pdf")).isFalse();
        assertThat(answer.getBoolean("signed")).isFalse();
        assertThat(answer.getBoolean("trustworthy")).isFalse();
    }

    @Test
    void anUnknownSerialIsUnknownAndAnUnreleasedImplantIsNotReleased() throws Exception {
        assertThat(getVerify("NO-SUCH-" + System.nanoTime()).getString("status"))
                .isEqualTo("UNKNOWN");
        var notReleased = getVerify(unreleased);
        assertThat(notReleased.getString("status")).isEqualTo("NOT_RELEASED");
        assertThat(notReleased.keySet())
                .as("a serial never released shows its status alone")
                .containsOnly("serialNumber", "status", "checkedAt");
    }

    @Test
    void theDemoCaCertificateIsPublic() {
        var pem = Api.anonymous().get("/verify/ca.pem");
        assertThat(pem.status()).isEqualTo(200);
        assertThat(pem.text()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    @Tag("CFR-11.10d")
    @Tag("CFR-11.10g")
    void theDownloadNeedsALoginAndASurgeonSeesOnlyTheirOwnCases() {
        assertThat(Api.anonymous().get("/api/certificates/" + serial).status()).isEqualTo(401);
        assertThat(
                        Api.as("rita.regulator", "rita.regulator-demo")
                                .get("/api/certificates/" + serial)
                                .status())
                .isEqualTo(200);
        assertThat(
                        Api.as("sofia.surgeon", "sofia.surgeon-demo")
                                .get("/api/certificates/" + serial)
                                .status())
                .isEqualTo(200);
        assertThat(
                        Api.as("sam.surgeon", "sam.surgeon-demo")
                                .get("/api/certificates/" + serial)
                                .status())
                .isEqualTo(403);
        assertThat(QA.get("/api/certificates/" + unreleased).status()).isEqualTo(404);
    }

    private static JsonObject getVerify(String serial) throws IOException, InterruptedException {
        var response =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/verify/" + serial))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject postToVerify(byte[] file) throws IOException, InterruptedException {
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
