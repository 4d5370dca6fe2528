package org.implantdhr.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Collects the evidence files the {@link TestEvidenceListener} wrote in every module of the project
 * ({@code <module>/target/validation-evidence/*.tsv}). A file written before this build started
 * belongs to an earlier run: its tests are known, but count as not run.
 */
public final class EvidenceFiles {

    /**
     * Under each module's build output folder ({@code target}, or another one named by the build).
     */
    public static final String FOLDER = "validation-evidence";

    private EvidenceFiles() {}

    /**
     * @param buildStart files older than this are from an earlier run; {@code null} takes every
     *     file as current
     */
    public static List<TestEvidence> collect(
            Path projectRoot, String buildDirectory, Instant buildStart) {
        List<TestEvidence> evidence = new ArrayList<>();
        try (Stream<Path> modules = Files.list(projectRoot)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path folder = module.resolve(buildDirectory).resolve(FOLDER);
                if (Files.isDirectory(folder)) {
                    evidence.addAll(
                            readFolder(folder, module.getFileName().toString(), buildStart));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the modules of " + projectRoot, e);
        }
        return evidence;
    }

    private static List<TestEvidence> readFolder(Path folder, String module, Instant buildStart)
            throws IOException {
        List<TestEvidence> evidence = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                boolean earlier =
                        buildStart != null
                                && Files.getLastModifiedTime(file).toInstant().isBefore(buildStart);
                for (TestEvidence test : read(file)) {
                    TestEvidence inModule = test.inModule(module);
                    evidence.add(
                            earlier
                                    ? inModule.withResult(
                                            TestResult.NOT_RUN,
                                            "not run by this build (last result "
                                                    + test.result().label()
                                                    + ")")
                                    : inModule);
                }
            }
        }
        return evidence;
    }

    static List<TestEvidence> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<TestEvidence> evidence = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.isBlank()) {
                evidence.add(TestEvidence.fromLine(line));
            }
        }
        return evidence;
    }
}
