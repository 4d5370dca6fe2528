package it.org.implantdhr.crash;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The README's backup and restore, as an administrator does it: a backup while the server runs (H2:
 * {@code GET /api/backup}; PostgreSQL: {@code pg_dump}), the server stopped, the database emptied,
 * the backup restored into it, the server started.
 */
final class BackupRestore {

    private final LibertyServer server;
    private final String database;

    BackupRestore(LibertyServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /** Backs up the running server's database, restores it into an empty one and starts again. */
    String backupAndRestore() throws Exception {
        Path backup =
                Files.createTempFile(
                        "crash-test-backup-", database.equals("h2") ? ".zip" : ".dump");
        try {
            long bytes;
            if (database.equals("h2")) {
                Api.Answer answer = Api.expect(People.admin().get("/api/backup"), 200);
                Files.write(backup, answer.body());
                bytes = answer.body().length;
                server.stop();
                Path data = server.directory().resolve("data");
                emptied(data);
                unzip(backup, data);
            } else {
                String name = System.getProperty("crash.db.name");
                run(
                        "pg_dump",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        "postgres",
                        "-Fc",
                        "-f",
                        backup.toString(),
                        name);
                bytes = Files.size(backup);
                server.stop();
                run(
                        "psql",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        "postgres",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-q",
                        "-c",
                        "DROP DATABASE " + name,
                        "-c",
                        "CREATE DATABASE " + name);
                run(
                        "pg_restore",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        "postgres",
                        "--exit-on-error",
                        "-d",
                        name,
                        backup.toString());
            }
            return "%s of %d bytes restored into an empty database"
                    .formatted(database.equals("h2") ? "GET /api/backup" : "pg_dump", bytes);
        } finally {
            Files.deleteIfExists(backup);
        }
    }

    private static void emptied(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(directory);
    }

    private static void unzip(Path zip, Path directory) throws IOException {
        try (InputStream in = Files.newInputStream(zip);
                var entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path target = directory.resolve(e.getName()).normalize();
                if (!target.startsWith(directory) || e.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
