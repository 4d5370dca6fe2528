package it.org.implantdhr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.implantdhr.demo.control.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The production server as the README starts it: the archive the build packaged (-Pproduction,
 * {@code ear/target/implant-dhr-server.zip}) unzipped into a directory of its own and started with
 * {@code wlp/bin/server start implantdhr}, its whole configuration in the environment, on an empty
 * PostgreSQL database that this test creates and drops. It must start without demo mode: none of
 * the published demo users exists, the only person is the first administrator made from {@code
 * IMPLANTDHR_ADMIN_PASSWORD}, and nothing of the demo plant was recorded.
 *
 * <p>PostgreSQL only, and only when the build packaged the server ({@code -Ppostgresql,production},
 * as CI's PostgreSQL pass runs): the packaged server is configured for PostgreSQL, the production
 * database. One server start for the whole class; it does not use the Arquillian test server.
 */
@Tag("CFR-11.10d")
@Tag("CFR-11.300")
@EnabledIfSystemProperty(
        named = "db.kind",
        matches = "postgresql",
        disabledReason = "the packaged server runs on PostgreSQL; run with -Ppostgresql,production")
@EnabledIfSystemProperty(
        named = "production.server.archive",
        matches = ".+",
        disabledReason = "the build did not package the server; run with -Pproduction")
class ProductionServerIT {

    private static final Path ARCHIVE = Path.of(System.getProperty("production.server.archive"));
    private static final String PORT = System.getProperty("production.http.port", "9182");
    private static final String HTTPS_PORT = System.getProperty("production.https.port", "9545");
    private static final String BASE = "http://localhost:" + PORT;

    /** The tests' database server, with a database of this test's own beside the tests' one. */
    private static final String TEST_DB_URL =
            System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/implantdhr_it");

    private static final String DB_NAME =
            TEST_DB_URL.substring(TEST_DB_URL.lastIndexOf('/') + 1) + "_production";
    private static final String DB_URL =
            TEST_DB_URL.substring(0, TEST_DB_URL.lastIndexOf('/') + 1) + DB_NAME;
    private static final String ADMIN_DB_URL =
            TEST_DB_URL.substring(0, TEST_DB_URL.lastIndexOf('/') + 1) + "postgres";

    private static final String ADMIN_PASSWORD = randomPassword();

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    private static Path directory;
    private static boolean started;

    @BeforeAll
    static void startThePackagedServerOnAnEmptyDatabase() throws Exception {
        assertThat(ARCHIVE).as("the packaged server (-Pproduction)").isRegularFile();
        directory = ARCHIVE.resolveSibling("production-it");
        deleteRecursively(directory);
        unzip(ARCHIVE, directory);
        sql("DROP DATABASE IF EXISTS " + DB_NAME);
        sql("CREATE DATABASE " + DB_NAME);
        server("stop"); // one left over from an interrupted run would hold the port
        started = true;
        assertThat(server("start")).as("server start implantdhr, see " + directory).isZero();
        awaitReady();
    }

    @AfterAll
    static void stopTheServerAndDropItsDatabase() throws Exception {
        if (started) {
            server("stop");
            sql("DROP DATABASE IF EXISTS " + DB_NAME);
        }
    }

    @Test
    void noDemoUserExists() {
        for (var user : DemoUsers.ALL) {
            assertThat(get("/api/users/me", user.username(), user.password()).statusCode())
                    .as(user.username() + " with the README's demo password")
                    .isEqualTo(401);
        }
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentAndIsTheOnlyPerson() throws SQLException {
        var me = get("/api/users/me", "admin", ADMIN_PASSWORD);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"ADMIN\"");
        assertThat(get("/api/users/me", "admin", "admin").statusCode()).isEqualTo(401);
        assertThat(count("app_user")).isEqualTo(1);
    }

    @Test
    void nothingOfTheDemoPlantWasRecorded() throws SQLException {
        for (String table :
                List.of(
                        "implant_case",
                        "implant",
                        "approved_supplier",
                        "powder_lot",
                        "machine",
                        "build",
                        "furnace",
                        "heat_treatment_run",
                        "instrument",
                        "release_decision",
                        "release_certificate")) {
            assertThat(count(table)).as(table).isZero();
        }
        // the demo's QA manager approves specification 1.1; here only the baseline is in force
        var specifications = get("/api/specifications", "admin", ADMIN_PASSWORD);
        if (specifications.statusCode() == 200) {
            assertThat(specifications.body()).doesNotContain("mia.qamanager");
        }
    }

    @Test
    void demoModeIsOff() throws IOException {
        // demo mode writes the demo recording clock's token into the server's directory
        try (var files = Files.walk(directory)) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .doesNotContain("demo-recording-clock.token", "implantdhr-demo-signer.p12");
        }
    }

    private static void awaitReady() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            try {
                if (get("/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the port is not open yet
            }
            Thread.sleep(1000); // polling a process of our own that has no other signal
        }
        throw new IllegalStateException(
                "The packaged server did not become ready; see its logs under " + directory);
    }

    /** Runs {@code wlp/bin/server <action> implantdhr} of the unzipped package; its exit code. */
    private static int server(String action) throws IOException, InterruptedException {
        Path wlp = directory.resolve("wlp");
        Path log = directory.resolve("server-" + action + ".log");
        var builder =
                new ProcessBuilder("sh", wlp.resolve("bin/server").toString(), action, "implantdhr")
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // nothing of the build's own Liberty may leak in
        environment.keySet().removeIf(name -> name.startsWith("WLP_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("DB_URL", DB_URL);
        environment.put("DB_USER", "postgres");
        environment.put("DB_PASSWORD", "");
        environment.put("IMPLANTDHR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("DEFAULT_HTTP_PORT", PORT);
        environment.put("DEFAULT_HTTPS_PORT", HTTPS_PORT);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "server " + action + " implantdhr did not finish; see " + log);
        }
        return process.exitValue();
    }

    private static HttpResponse<String> get(String path, String username, String password) {
        var request =
                HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (username + ":" + password)
                                                    .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(String table) throws SQLException {
        try (var connection = DriverManager.getConnection(DB_URL, "postgres", "");
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (var connection = DriverManager.getConnection(ADMIN_DB_URL, "postgres", "");
                var s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static void unzip(Path archive, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(archive);
                var zip = new ZipInputStream(in)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Entry outside the archive's directory: " + entry);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "prod-" + HexFormat.of().formatHex(bytes);
    }
}
