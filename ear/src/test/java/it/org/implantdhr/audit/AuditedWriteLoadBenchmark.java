package it.org.implantdhr.audit;

import static it.org.implantdhr.platform.Api.expect;

import it.org.implantdhr.heattreatment.HeatTreatmentFixtures;
import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import it.org.implantdhr.platform.Unique;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audited writes under load (issue 11): 8 clients create unrelated records (furnaces) for 60 s
 * while 30,000 × 6 furnace charts are imported one after the other, implants are evaluated and one
 * recall revokes a few hundred certificates. Half of the clients write records whose audit append
 * the test server makes a no-op (org.implantdhr.audit.control.TestUnaudited, label prefix {@value
 * #UNAUDITED}), the other half the same records audited: both under the same load, in one run.
 * Counts every answer by status (goal: no 5xx, no 409 on these unrelated records) and reports
 * audited writes per second against unaudited ones (goal ≥ 70 %). A measurement, never an
 * assertion: not an *IT, so the default failsafe run skips it. On PostgreSQL ({@code -Ppostgresql})
 * the second test server is started on the same database and the clients, the evaluations and the
 * recall are shared between both servers.
 *
 * <p>Results and the command: src/test/resources/benchmarks/AUDITED-WRITE-LOAD.md. System
 * properties: {@code bench.seconds} (60), {@code bench.recall.plants} (plants of 12 released
 * implants on one powder lot, 20).
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
class AuditedWriteLoadBenchmark {

    private static final String UNAUDITED = "UNAUDITED-";
    private static final int CLIENTS = 8;
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int RECALL_PLANTS = Integer.getInteger("bench.recall.plants", 20);

    /** When the window began (set just before the clients start). */
    private static volatile long windowBegan;

    private static final String SECOND_SERVER =
            System.getProperty("it2.server.name", "implantdhr-it2");

    @Test
    void auditedWritesAgainstUnauditedWhileImportsEvaluationsAndARecallRun() throws Exception {
        boolean twoServers = "postgresql".equals(System.getProperty("db.kind"));
        List<String> servers = new ArrayList<>(List.of(Api.BASE));
        if (twoServers) {
            expect(Api.anonymous().get("/verify/ca.pem"), 200); // the keystore both sign with
            secondServer("stop");
            if (secondServer("start") != 0) {
                throw new IllegalStateException("server start " + SECOND_SERVER + " failed");
            }
            servers.add("http://localhost:" + System.getProperty("it2.http.port", "9181"));
        }
        try {
            measure(servers);
        } finally {
            if (twoServers) {
                secondServer("stop");
            }
        }
    }

    private void measure(List<String> servers) throws Exception {
        long setUpBegan = System.nanoTime();
        // the recall's implants: plants of 12 released implants, all printed from one powder lot
        Plant.Recorded first = Plant.implants(12).released();
        int certificates = 12;
        for (int i = 1; i < RECALL_PLANTS; i++) {
            Plant.implants(12).fromPowderLot(first.powderLot()).released();
            certificates += 12;
        }
        List<String> toEvaluate = Plant.implants(12).recorded().serials();
        byte[] csv = HeatTreatmentFixtures.csv(HeatTreatmentFixtures.chart(30_000, 10, 5));
        String chartFurnace = HeatTreatmentFixtures.furnace();
        Api engineer = People.as("ENGINEER");
        Api operator = People.as("OPERATOR");
        Api qa = People.as("QA");
        Api manager = People.as("QA_MANAGER");
        for (String server : servers) { // one of each write on each server before the clock runs
            expect(furnace(engineer.on(server), UNAUDITED), 201);
            expect(furnace(engineer.on(server), "VF-"), 201);
        }
        double setUpSeconds = (System.nanoTime() - setUpBegan) / 1e9;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        var audited = new Tally();
        var unaudited = new Tally();
        var imports = new Tally();
        var evaluations = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 3);
        long began = System.nanoTime();
        windowBegan = began;
        long deadline = began + TimeUnit.SECONDS.toNanos(SECONDS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            // each server gets as many audited as unaudited clients
            Api client = engineer.on(servers.get(c % servers.size()));
            boolean isAudited = (c / servers.size()) % 2 == 0;
            work.add(
                    pool.submit(
                            () -> {
                                while (System.nanoTime() < deadline) {
                                    (isAudited ? audited : unaudited)
                                            .call(
                                                    () ->
                                                            furnace(
                                                                    client,
                                                                    isAudited ? "VF-" : UNAUDITED));
                                }
                            }));
        }
        work.add(
                pool.submit(
                        () -> {
                            while (System.nanoTime() < deadline) {
                                imports.call(
                                        () -> {
                                            String run =
                                                    HeatTreatmentFixtures.run(
                                                            chartFurnace, List.of());
                                            return HeatTreatmentFixtures.importChart(
                                                    operator, run, csv, "");
                                        });
                            }
                        }));
        work.add(
                pool.submit(
                        () -> {
                            for (int i = 0; System.nanoTime() < deadline; i++) {
                                String serial = toEvaluate.get(i % toEvaluate.size());
                                Api evaluator = qa.on(servers.get(i % servers.size()));
                                evaluations.call(
                                        () ->
                                                evaluator.post(
                                                        "/api/implants/" + serial + "/evaluations",
                                                        ""));
                            }
                        }));
        Future<String> recall =
                pool.submit(
                        () -> {
                            Thread.sleep(5_000); // into the window, once the writers run
                            long t0 = System.nanoTime();
                            Api.Answer answer =
                                    manager.on(servers.get(servers.size() - 1))
                                            .post(
                                                    "/api/recalls",
                                                    Json.createObjectBuilder()
                                                            .add("kind", "POWDER_LOT")
                                                            .add("key", first.powderLot())
                                                            .add(
                                                                    "reason",
                                                                    "Load benchmark: the lot's"
                                                                            + " oxygen was"
                                                                            + " mis-reported")
                                                            .add("password", People.PASSWORD)
                                                            .add("zone", "Europe/Berlin")
                                                            .build()
                                                            .toString());
                            long millis = (System.nanoTime() - t0) / 1_000_000;
                            long from = TimeUnit.NANOSECONDS.toSeconds(t0 - began);
                            int revoked =
                                    answer.status() == 201 || answer.status() == 200
                                            ? answer.json().getJsonArray("implants").size()
                                            : 0;
                            return "HTTP %d after %d ms (from %d s into the window), %d implants recalled"
                                    .formatted(answer.status(), millis, from, revoked);
                        });
        for (Future<?> f : work) {
            f.get(SECONDS + 300L, TimeUnit.SECONDS);
        }
        double windowSeconds = (System.nanoTime() - began) / 1e9;
        String recalled = recall.get(300, TimeUnit.SECONDS);
        pool.shutdownNow();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        JsonObject verification =
                expect(People.as("REGULATOR").get("/api/audit/verification"), 200).json();

        System.out.printf(
                "AUDITED-WRITE-LOAD db=%s servers=%d clients=%d (%d audited, %d unaudited)"
                        + " window=%.1f s setup=%.0f s load-average=%.1f→%.1f%n"
                        + "  audited writes:   %s%n"
                        + "  unaudited writes: %s%n"
                        + "  audited/unaudited writes per second: %.1f %%%n"
                        + "  chart imports (30,000 x 6): %s%n"
                        + "  evaluations: %s%n"
                        + "  recall of %d certificates (%d plants on one powder lot): %s%n"
                        + "  audit chain after the run: %s%n",
                System.getProperty("db.kind", "h2"),
                servers.size(),
                CLIENTS,
                CLIENTS / 2,
                CLIENTS / 2,
                windowSeconds,
                setUpSeconds,
                loadBefore,
                loadAfter,
                audited.report(windowSeconds),
                unaudited.report(windowSeconds),
                100.0 * audited.ok() / Math.max(1, unaudited.ok()),
                imports.report(windowSeconds),
                evaluations.report(windowSeconds),
                certificates,
                RECALL_PLANTS,
                recalled,
                verification);
    }

    private static Api.Answer furnace(Api engineer, String prefix) {
        return engineer.post(
                "/api/furnaces",
                """
                {"furnaceCode":"%s","ams2750Class":2,"uniformitySurveyDue":"%s","systemAccuracyDue":"%s"}"""
                        .formatted(
                                Unique.unique(prefix.substring(0, prefix.length() - 1)),
                                LocalDate.now().plusMonths(3),
                                LocalDate.now().plusMonths(6)));
    }

    /** Answers of one kind of request: counts by status and the time of each success. */
    private static final class Tally {
        private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        private final AtomicInteger failures = new AtomicInteger();
        private final List<Long> millis = new ArrayList<>();
        private final Map<Long, AtomicInteger> perFiveSeconds = new ConcurrentHashMap<>();

        void call(Supplier<Api.Answer> request) {
            long t0 = System.nanoTime();
            try {
                int status = request.get().status();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (status < 300) {
                    synchronized (millis) {
                        millis.add((System.nanoTime() - t0) / 1_000_000);
                    }
                    perFiveSeconds
                            .computeIfAbsent(
                                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - windowBegan)
                                            / 5,
                                    s -> new AtomicInteger())
                            .incrementAndGet();
                }
            } catch (RuntimeException e) { // no answer: a timeout or a refused connection
                failures.incrementAndGet();
            }
        }

        int ok() {
            synchronized (millis) {
                return millis.size();
            }
        }

        String report(double seconds) {
            long[] sorted;
            synchronized (millis) {
                sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            Map<Integer, Integer> byStatus = new TreeMap<>();
            statuses.forEach((s, n) -> byStatus.put(s, n.get()));
            long serverErrors =
                    byStatus.entrySet().stream()
                            .filter(e -> e.getKey() >= 500)
                            .mapToLong(Map.Entry::getValue)
                            .sum();
            Map<Long, Integer> timeline = new TreeMap<>();
            perFiveSeconds.forEach((k, n) -> timeline.put(k * 5, n.get()));
            return ("%d ok, %.1f/s, p50 %d ms, p99 %d ms; answers %s; 5xx %d, 409 %d, no answer %d;"
                            + " done per 5 s from the window's start: %s")
                    .formatted(
                            sorted.length,
                            sorted.length / seconds,
                            sorted.length == 0 ? 0 : sorted[sorted.length / 2],
                            sorted.length == 0
                                    ? 0
                                    : sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)],
                            byStatus,
                            serverErrors,
                            byStatus.getOrDefault(409, 0),
                            failures.get(),
                            timeline);
        }
    }

    /** {@code server <action>} of the second test server (ear/pom.xml, create-it2-server). */
    private static int secondServer(String action) throws Exception {
        File wlp = new File(System.getProperty("wlp.home", "target/liberty/wlp"));
        File log = new File(wlp.getParentFile(), SECOND_SERVER + "-" + action + ".log");
        Process process =
                new ProcessBuilder(new File(wlp, "bin/server").getPath(), action, SECOND_SERVER)
                        .redirectErrorStream(true)
                        .redirectOutput(log)
                        .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + SECOND_SERVER + ": " + log);
        }
        return process.exitValue();
    }
}
