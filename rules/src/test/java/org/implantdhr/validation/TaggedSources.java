package org.implantdhr.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which test source files name a tag ({@code @Tag("CFR-11.10e")} in {@code
 * <module>/src/test/java}): so that a requirement whose tests did not run in this build says where
 * they are, rather than seeming untested.
 */
public final class TaggedSources {

    private static final Pattern TAG = Pattern.compile("@Tag\\(\"([^\"]+)\"\\)");

    private TaggedSources() {}

    /** Tag → the simple names of the test classes (files) that carry it. */
    public static Map<String, TreeSet<String>> in(Path projectRoot) {
        Map<String, TreeSet<String>> named = new TreeMap<>();
        try (Stream<Path> modules = Files.list(projectRoot)) {
            for (Path tests :
                    modules.map(m -> m.resolve("src/test/java"))
                            .filter(Files::isDirectory)
                            .toList()) {
                try (Stream<Path> files = Files.walk(tests)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher tag = TAG.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        String className =
                                file.getFileName().toString().replaceFirst("\\.java$", "");
                        while (tag.find()) {
                            named.computeIfAbsent(tag.group(1), t -> new TreeSet<>())
                                    .add(className);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the test sources of " + projectRoot, e);
        }
        return named;
    }
}
