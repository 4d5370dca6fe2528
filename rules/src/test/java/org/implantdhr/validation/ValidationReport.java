package org.implantdhr.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the validation report of a build: every requirement (each check of the release
 * specifications, the controls of 21 CFR Part 11, the clauses of ISO 13485), the tests that prove
 * it and their results, as {@code report-<database>.html} and {@code .csv}. Run by the ear module
 * after the integration tests:
 *
 * <pre>
 * ValidationReport --project &lt;root&gt; --specifications &lt;folder of TI64-ELI-CW-*.csv&gt; --output &lt;folder&gt;
 *                  [--database h2] [--build-start 2026-01-01T10:00:00Z] [--title "Implant DHR 1.0.0"]
 * </pre>
 */
public final class ValidationReport {

    private ValidationReport() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path project = Path.of(required(options, "--project"));
        Path specifications = Path.of(required(options, "--specifications"));
        Path output = Path.of(required(options, "--output"));
        String database = options.getOrDefault("--database", "h2");
        String buildDirectory = options.getOrDefault("--build-directory", "target");
        Instant buildStart =
                options.containsKey("--build-start")
                        ? Instant.parse(options.get("--build-start"))
                        : null;

        List<Requirement> requirements = new ArrayList<>(SpecificationChecks.in(specifications));
        requirements.addAll(RegulatoryRequirements.all());
        TraceMatrix matrix =
                new TraceMatrix(
                        requirements,
                        EvidenceFiles.collect(project, buildDirectory, buildStart),
                        TaggedSources.in(project));
        RunDescription run =
                new RunDescription(
                        options.getOrDefault("--title", "Implant DHR"),
                        database,
                        buildStart,
                        Instant.now());

        Files.createDirectories(output);
        Path html = output.resolve("report-" + database + ".html");
        Files.writeString(html, HtmlReport.of(matrix, run), StandardCharsets.UTF_8);
        Files.writeString(
                output.resolve("report-" + database + ".csv"),
                CsvReport.of(matrix),
                StandardCharsets.UTF_8);
        System.out.printf(
                "Validation report %s: %d requirements, %d passed, %d failed, %d gaps (%d tests: %d passed, "
                        + "%d failed, %d skipped, %d not run)%n",
                html,
                matrix.requirements().size(),
                matrix.count(RequirementStatus.PASSED),
                matrix.count(RequirementStatus.FAILED),
                matrix.count(RequirementStatus.GAP),
                matrix.tests().size(),
                matrix.countTests(TestResult.PASSED),
                matrix.countTests(TestResult.FAILED),
                matrix.countTests(TestResult.SKIPPED),
                matrix.countTests(TestResult.NOT_RUN));
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("Expected --name value pairs");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return value;
    }
}
