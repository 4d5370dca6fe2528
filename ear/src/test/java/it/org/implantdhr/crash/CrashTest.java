package it.org.implantdhr.crash;

import it.org.implantdhr.heattreatment.HeatTreatmentFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.Unique;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Kills the application server with SIGKILL while a release and a 30,000-sample furnace chart
 * import are in flight, starts it again with {@code server start}, and checks what a crash must
 * never do (issue 11): the database opens and every table reads; a release or import that answered
 * before the kill is there; never a RELEASED implant without its stored certificate and signature,
 * never a chart stored in part; the audit chain verifies; and chaining resumes (a new audited write
 * after the restart verifies).
 *
 * <p>Run by {@code .ci/crash-test} with plain java, once per database (system property {@code
 * crash.database}: h2 or postgresql), on a server of its own with the application deployed once.
 * One plant of twelve implants is recorded per database; one release and one import are timed
 * without a kill; then each cycle releases the next implant while importing the chart into a new
 * run and kills at a random moment of both (see the cycle's comment); a request that ends before
 * the kill gives its time as the next estimate. Cycles go on until each kind was in flight at a
 * kill {@code crash.kills} times (10). At the end the database is backed up while the server runs
 * and restored into an empty one ({@link BackupRestore}), and the chain verifies. Prints what it
 * checked; exits non-zero on the first violation.
 */
public final class CrashTest {

    private static final int SAMPLES = 30_000;

    public static void main(String[] args) throws Exception {
        String database = System.getProperty("crash.database", "h2");
        int kills = Integer.getInteger("crash.kills", 10);
        var server =
                new LibertyServer(
                        Path.of(System.getProperty("wlp.home")),
                        System.getProperty("it.server.name"),
                        Integer.getInteger("it.http.port"));
        long began = System.nanoTime();
        RecordsOnDisk disk = prepare(server, database);
        say("%s: starting %s", database, server.directory());
        say("%s: server ready in %.1f s", database, server.start());

        List<String> implants = new ArrayList<>(Plant.implants(12).recorded().serials());
        String furnace = furnace();
        byte[] csv = HeatTreatmentFixtures.csv(HeatTreatmentFixtures.chart(SAMPLES, 10, 5));
        say(
                "%s: recorded a plant of %d implants and furnace %s; chart of %d samples x 6, %d bytes",
                database, implants.size(), furnace, SAMPLES, csv.length);

        // one release and one import without a kill: how long each takes here, on a server just
        // started, as every cycle's release and import run on a server started again after a kill
        String calibrated = implants.remove(0);
        Plant.evaluate(calibrated);
        long t0 = System.nanoTime();
        Api.expect(release(calibrated), 200);
        long releaseMillis = (System.nanoTime() - t0) / 1_000_000;
        String calibrationRun = run(furnace);
        List<String> importedRuns = new ArrayList<>(List.of(calibrationRun));
        t0 = System.nanoTime();
        Api.expect(HeatTreatmentFixtures.importChart(Plant.OLGA, calibrationRun, csv, ""), 200);
        long importMillis = (System.nanoTime() - t0) / 1_000_000;
        say(
                "%s: a release takes %d ms, an import %d ms here: each kill falls at a random moment"
                        + " of both",
                database, releaseMillis, importMillis);

        int releasesKilled = 0;
        int importsKilled = 0;
        int cycle = 0;
        while ((releasesKilled < kills || importsKilled < kills) && cycle < 3 * kills) {
            cycle++;
            long cycleBegan = System.nanoTime();
            if (implants.isEmpty() && releasesKilled < kills) {
                implants.addAll(Plant.implants(12).recorded().serials());
            }
            String serial = releasesKilled < kills ? implants.remove(0) : null;
            if (serial != null) {
                Plant.evaluate(serial);
            }
            String run = run(furnace);
            // The kill falls at a random moment of the release (from its first 50 ms to as long as
            // a release takes) and the import is sent so that the same moment falls at a random
            // point of it too: over the cycles the kills reach every step of both, the commit at
            // the end included; a request that ended before its kill only costs another cycle.
            int killAt = between(50, serial == null ? importMillis : releaseMillis);
            int importAt = Math.max(0, killAt - between(50, importMillis));
            long sent = System.nanoTime();
            CompletableFuture<Timed> release =
                    serial == null
                            ? CompletableFuture.completedFuture(new Timed(-1, 0))
                            : CompletableFuture.supplyAsync(() -> timed(() -> release(serial)));
            LibertyServer.sleep(importAt);
            CompletableFuture<Timed> chart =
                    CompletableFuture.supplyAsync(
                            () ->
                                    timed(
                                            () ->
                                                    HeatTreatmentFixtures.importChart(
                                                            Plant.OLGA, run, csv, "")));
            LibertyServer.sleep(killAt - (System.nanoTime() - sent) / 1_000_000);
            int delay = (int) ((System.nanoTime() - sent) / 1_000_000);
            boolean releaseInFlight = serial != null && !release.isDone();
            boolean importInFlight = !chart.isDone();
            server.kill();
            int releaseStatus = release.join().status();
            int chartStatus = chart.join().status();
            if (releaseInFlight) {
                releasesKilled++;
            } else if (releaseStatus == 200) {
                // it ended before the kill: the machine is faster now than it was
                releaseMillis = release.join().millis();
            }
            if (importInFlight) {
                importsKilled++;
            } else if (chartStatus == 200) {
                importMillis = chart.join().millis();
            }

            // the database as the crash left it, before the server touches it again
            importedRuns.add(run);
            RecordsOnDisk.Reading reading = disk.check(SAMPLES, importedRuns);
            String implantStatus = serial == null ? "-" : disk.implantStatus(serial);
            long samples = disk.samples(run);
            if (releaseStatus == 200 && !"RELEASED".equals(implantStatus)) {
                fail(
                        "release of %s answered 200 before the kill, but the implant is %s",
                        serial, implantStatus);
            }
            if (chartStatus == 200 && samples != SAMPLES) {
                fail(
                        "import into %s answered 200 before the kill, but %d samples are stored",
                        run, samples);
            }
            if (samples != 0 && samples != SAMPLES) {
                fail("import into %s stored in part: %d samples", run, samples);
            }

            double startSeconds = server.start();
            JsonObject before = verification();
            run(furnace); // a new audited write after the restart
            JsonObject after = chainedBeyond(before.getJsonNumber("entriesChecked").longValue());
            say(
                    "%s: cycle %d killed %d ms after the release was sent, %d ms after the import"
                            + " (release %s: %s, implant %s; import %s: %s, %d samples);"
                            + " database opened, %d tables, %d rows read, %d released implants each with"
                            + " certificate and signature, %d charts complete, none partial; restarted in"
                            + " %.1f s, chain of %d entries verifies, a new write chains (%d); %.1f s",
                    database,
                    cycle,
                    delay,
                    delay - importAt,
                    releaseInFlight ? "in flight" : serial == null ? "none" : "done",
                    releaseStatus < 0 ? "-" : releaseStatus == 0 ? "no answer" : releaseStatus,
                    implantStatus,
                    importInFlight ? "in flight" : "done",
                    chartStatus == 0 ? "no answer" : chartStatus,
                    samples,
                    reading.tables(),
                    reading.rows(),
                    reading.released(),
                    reading.charts(),
                    startSeconds,
                    before.getJsonNumber("entriesChecked").longValue(),
                    after.getJsonNumber("entriesChecked").longValue(),
                    (System.nanoTime() - cycleBegan) / 1e9);
        }
        // backup while the server runs, restore into an empty database, and the chain still
        // verifies
        JsonObject beforeBackup = chainedBeyond(-1);
        String restored = new BackupRestore(server, database).backupAndRestore();
        double restart = server.start();
        JsonObject afterRestore = chainedBeyond(-1);
        if (afterRestore.getJsonNumber("entriesChecked").longValue()
                != beforeBackup.getJsonNumber("entriesChecked").longValue()) {
            fail(
                    "the restored chain has %s entries, the backed-up one %s",
                    afterRestore, beforeBackup);
        }
        run(furnace);
        JsonObject afterWrite =
                chainedBeyond(afterRestore.getJsonNumber("entriesChecked").longValue());
        say(
                "%s: backup and restore - %s; started in %.1f s; the chain of %d entries verifies;"
                        + " a new write chains (%d)",
                database,
                restored,
                restart,
                afterRestore.getJsonNumber("entriesChecked").longValue(),
                afterWrite.getJsonNumber("entriesChecked").longValue());
        server.stop();
        if (releasesKilled < kills || importsKilled < kills) {
            fail(
                    "only %d releases and %d imports were in flight at a kill in %d cycles (%d each wanted)",
                    releasesKilled, importsKilled, cycle, kills);
        }
        say(
                "%s: PASSED - %d cycles, %d kills during a release, %d during a chart import, in %.0f s",
                database, cycle, releasesKilled, importsKilled, (System.nanoTime() - began) / 1e9);
    }

    /** Stops the server, empties its database and points the server at it. */
    private static RecordsOnDisk prepare(LibertyServer server, String database) throws Exception {
        server.stop();
        server.bootstrap("db.kind", database);
        if (database.equals("h2")) {
            Path data = server.directory().resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            // the server's URL (ear/src/main/liberty/config/db/h2.xml)
            return new RecordsOnDisk(
                    "jdbc:h2:file:"
                            + data.resolve("implantdhr")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                            + ";WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0",
                    "sa");
        }
        String url = System.getProperty("crash.db.url");
        server.bootstrap("DB_URL", url);
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return new RecordsOnDisk(url, "postgres");
    }

    private static Api.Answer release(String serial) {
        return Plant.QUINN.post(
                "/api/implants/" + serial + "/release",
                "{\"password\":\"" + Plant.QUINN_PASSWORD + "\",\"zone\":\"Europe/Berlin\"}");
    }

    private static String furnace() {
        String code = Unique.unique("VF");
        Api.expect(
                Plant.ERIN.post(
                        "/api/furnaces",
                        """
                {"furnaceCode":"%s","ams2750Class":2,"uniformitySurveyDue":"%s","systemAccuracyDue":"%s"}"""
                                .formatted(
                                        code,
                                        LocalDate.now().plusMonths(3),
                                        LocalDate.now().plusMonths(6))),
                201);
        return code;
    }

    private static String run(String furnace) {
        String runNumber = Unique.unique("HT");
        Api.expect(
                Plant.OLGA.post(
                        "/api/heat-treatment-runs",
                        HeatTreatmentFixtures.runJson(runNumber, furnace, List.of())
                                .replace("\"it.operator\"", "\"olga.operator\"")),
                201);
        return runNumber;
    }

    /**
     * The verification once every committed entry is chained and the chain is longer than {@code
     * entries}: an entry is chained right after its commit, or by the chaining timer's next tick
     * (every 5 s) when the head was busy; a minute without it means chaining did not resume.
     */
    private static JsonObject chainedBeyond(long entries) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        JsonObject answer = verification();
        while (answer.getJsonNumber("pendingEntries").longValue() > 0
                || answer.getJsonNumber("entriesChecked").longValue() <= entries) {
            if (System.nanoTime() > deadline) {
                fail("chaining did not resume: %s after a chain of %d entries", answer, entries);
            }
            LibertyServer.sleep(500);
            answer = verification();
        }
        return answer;
    }

    private static JsonObject verification() {
        JsonObject answer = Api.expect(Plant.RITA.get("/api/audit/verification"), 200).json();
        if (!answer.getBoolean("intact", false)) {
            fail("the audit chain does not verify: %s", answer);
        }
        return answer;
    }

    /** An answer's status (0: the server died before answering) and how long it took. */
    private record Timed(int status, long millis) {}

    private static Timed timed(java.util.function.Supplier<Api.Answer> call) {
        long began = System.nanoTime();
        int status;
        try {
            status = call.get().status();
        } catch (RuntimeException e) {
            status = 0;
        }
        return new Timed(status, (System.nanoTime() - began) / 1_000_000);
    }

    /** A random number of milliseconds from {@code min} to {@code millis}. */
    private static int between(int min, long millis) {
        return ThreadLocalRandom.current().nextInt(min, (int) Math.max(min + 50, millis) + 1);
    }

    private static void say(String format, Object... args) {
        System.out.printf("CRASH-TEST " + format + "%n", args);
        System.out.flush();
    }

    private static void fail(String format, Object... args) {
        say("FAILED - " + format, args);
        throw new IllegalStateException(String.format(format, args));
    }
}
