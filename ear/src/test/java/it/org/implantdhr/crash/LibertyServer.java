package it.org.implantdhr.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An installed Liberty server, started and stopped as its administrator does ({@code bin/server
 * start|stop}), and killed with SIGKILL as a power-less crash would end it.
 */
final class LibertyServer {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();

    private final Path wlpHome;
    private final String name;
    private final int httpPort;

    LibertyServer(Path wlpHome, String name, int httpPort) {
        this.wlpHome = wlpHome;
        this.name = name;
        this.httpPort = httpPort;
    }

    Path directory() {
        return wlpHome.resolve("usr/servers").resolve(name);
    }

    /** Rewrites one bootstrap property (read at the next start). */
    void bootstrap(String key, String value) {
        Path file = directory().resolve("bootstrap.properties");
        try {
            List<String> lines = new ArrayList<>();
            boolean found = false;
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key + "=")) {
                    line = key + "=" + value;
                    found = true;
                }
                lines.add(line);
            }
            if (!found) {
                lines.add(key + "=" + value);
            }
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String bootstrap(String key) {
        var properties = new Properties();
        try (var in = Files.newBufferedReader(directory().resolve("bootstrap.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }

    /** {@code server start}, then waits until readiness answers UP; returns the seconds taken. */
    double start() {
        long began = System.nanoTime();
        run("start");
        // generous: on a loaded two-core machine a start took 8 minutes
        long deadline = System.nanoTime() + Duration.ofMinutes(12).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer =
                        HTTP.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://localhost:"
                                                                + httpPort
                                                                + "/health/ready"))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                last = answer.statusCode() + " " + answer.body();
                if (answer.statusCode() == 200) {
                    return (System.nanoTime() - began) / 1e9;
                }
            } catch (IOException e) {
                last = "no answer";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("server " + name + " not ready after 12 minutes: " + last);
    }

    /** The last readiness answer (status and body), for a report. */
    String readiness() {
        try {
            HttpResponse<String> answer =
                    HTTP.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    "http://localhost:"
                                                            + httpPort
                                                            + "/health/ready"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.body();
        } catch (IOException e) {
            return "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        run("stop");
    }

    /** SIGKILL: no shutdown hook, no flush, no clean close of the database. */
    void kill() {
        ProcessHandle process = process();
        process.destroyForcibly();
        process.onExit().join();
    }

    private ProcessHandle process() {
        Path pidFile = wlpHome.resolve("usr/servers/.pid").resolve(name + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid)
                    .orElseThrow(
                            () -> new IllegalStateException("server " + name + " not running"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String action) {
        try {
            Process p =
                    new ProcessBuilder(wlpHome.resolve("bin/server").toString(), action, name)
                            .redirectErrorStream(true)
                            .start();
            String output = new String(p.getInputStream().readAllBytes());
            int exit = p.waitFor();
            // stop answers 1 when the server was not running: nothing to stop is fine
            if (exit != 0 && !(action.equals("stop") && exit == 1)) {
                throw new IllegalStateException(
                        "server " + action + " " + name + " answered " + exit + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits this long; a moment already past (a loaded machine was slower than planned) waits not
     * at all.
     */
    static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
