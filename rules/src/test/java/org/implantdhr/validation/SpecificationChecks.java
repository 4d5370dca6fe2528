package org.implantdhr.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.implantdhr.rules.specification.Specification;
import org.implantdhr.rules.specification.SpecificationCsv;

/**
 * Every check of every release specification shipped as {@code <code>-<version>.csv} in one folder,
 * as requirements: the union over all versions, read when the report is made, so that a new check
 * appears at once (as a gap until a test names it). The description is the check's first row in the
 * newest version that has it.
 */
public final class SpecificationChecks {

    public static final String GROUP = "Release specification";

    private SpecificationChecks() {}

    public static List<Requirement> in(Path folder) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, TreeSet<String>> versions = new LinkedHashMap<>();
        for (Specification specification : specifications(folder)) {
            specification
                    .checks()
                    .forEach(
                            (check, description) -> {
                                descriptions.put(check, description);
                                versions.computeIfAbsent(
                                                check,
                                                c ->
                                                        new TreeSet<>(
                                                                SpecificationChecks
                                                                        ::compareVersions))
                                        .add(specification.code() + " " + specification.version());
                            });
        }
        List<Requirement> checks = new ArrayList<>();
        descriptions.forEach(
                (check, description) ->
                        checks.add(
                                new Requirement(
                                        check,
                                        GROUP,
                                        description,
                                        "in " + String.join(", ", versions.get(check)))));
        return checks;
    }

    /** Oldest version first, so that a newer version's description replaces an older one's. */
    private static List<Specification> specifications(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Specification> read = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                read.add(read(file));
            }
            read.sort(
                    Comparator.comparing(
                            Specification::version, SpecificationChecks::compareVersions));
            if (read.isEmpty()) {
                throw new IllegalArgumentException("No specification (*.csv) in " + folder);
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the specifications in " + folder, e);
        }
    }

    private static Specification read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        int dash = name.lastIndexOf('-');
        if (dash < 1) {
            throw new IllegalArgumentException("Expected <code>-<version>.csv: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SpecificationCsv.read(reader, name.substring(0, dash), name.substring(dash + 1));
        }
    }

    /** "1.10" after "1.9": numerically, part by part. */
    static int compareVersions(String a, String b) {
        String[] x = a.replaceAll("^.* ", "").split("\\.");
        String[] y = b.replaceAll("^.* ", "").split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int difference = Integer.compare(part(x, i), part(y, i));
            if (difference != 0) {
                return difference;
            }
        }
        return a.compareTo(b);
    }

    private static int part(String[] parts, int index) {
        if (index >= parts.length) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[index]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
