package org.implantdhr.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the evidence of each test class that ran: every test with its result and its requirement
 * tags, one file per top-level class ({@code <class>.tsv}) in the folder named by the system
 * property {@value #DIRECTORY_PROPERTY} (surefire and failsafe set it to {@code
 * target/validation-evidence}; without it the listener does nothing).
 *
 * <p>A test's tags are its own and those of every container above it (its method, its classes). A
 * parameterized test may name the requirement of one invocation itself: {@code
 * reporter.publishEntry("requirement", "BLD-O2")}. A test that never ran because its class or
 * method failed or was disabled is recorded failed or skipped. Registered through {@code
 * META-INF/services}; the rules module's test-jar brings it to every module's tests.
 */
public final class TestEvidenceListener implements TestExecutionListener {

    public static final String DIRECTORY_PROPERTY = "implantdhr.validation.evidence";

    /** The key of a report entry that names a requirement the publishing test proves. */
    public static final String REQUIREMENT_ENTRY = "requirement";

    private final Path directory;
    private TestPlan plan;
    private final Map<String, TestEvidence> recorded = new LinkedHashMap<>();
    private final Map<String, Set<String>> published = new HashMap<>();

    public TestEvidenceListener() {
        this(
                System.getProperty(DIRECTORY_PROPERTY, "").isBlank()
                        ? null
                        : Path.of(System.getProperty(DIRECTORY_PROPERTY)));
    }

    TestEvidenceListener(Path directory) {
        this.directory = directory;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        String requirement = entry.getKeyValuePairs().get(REQUIREMENT_ENTRY);
        if (requirement != null && !requirement.isBlank()) {
            published
                    .computeIfAbsent(test.getUniqueId(), id -> new LinkedHashSet<>())
                    .add(requirement.strip());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        recordWithEverythingBelow(test, TestResult.SKIPPED, "skipped: " + reason);
        writeIfTopLevelClass(test);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String message = result.getThrowable().map(Throwable::toString).orElse("");
        if (test.isTest()) {
            record(test, outcome(result), message);
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            recordWithEverythingBelow(test, outcome(result), "its container ended: " + message);
        }
        writeIfTopLevelClass(test);
    }

    private static TestResult outcome(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> TestResult.PASSED;
            case ABORTED -> TestResult.SKIPPED;
            case FAILED -> TestResult.FAILED;
        };
    }

    /**
     * The test itself, or each test below a container that has not been recorded yet (or the
     * container alone).
     */
    private void recordWithEverythingBelow(TestIdentifier test, TestResult result, String message) {
        if (plan == null || directory == null) {
            return;
        }
        List<TestIdentifier> tests =
                test.isTest()
                        ? List.of(test)
                        : plan.getDescendants(test).stream()
                                .filter(TestIdentifier::isTest)
                                .toList();
        List<TestIdentifier> unrecorded =
                tests.stream().filter(each -> !recorded.containsKey(each.getUniqueId())).toList();
        // nothing left below (e.g. an @AfterAll failed after every test passed): the container
        // answers for itself
        for (TestIdentifier each : unrecorded.isEmpty() ? List.of(test) : unrecorded) {
            record(each, result, message);
        }
    }

    private void record(TestIdentifier test, TestResult result, String message) {
        if (plan == null || directory == null) {
            return;
        }
        Set<String> tags =
                new LinkedHashSet<>(published.getOrDefault(test.getUniqueId(), Set.of()));
        List<String> names = new ArrayList<>();
        String className = "";
        for (Optional<TestIdentifier> at = Optional.of(test);
                at.isPresent();
                at = plan.getParent(at.get())) {
            TestIdentifier node = at.get();
            node.getTags().stream().map(TestTag::getName).forEach(tags::add);
            Optional<TestSource> source = node.getSource();
            if (className.isEmpty()
                    && source.isPresent()
                    && source.get() instanceof ClassSource classSource) {
                className = classSource.getClassName();
            } else if (className.isEmpty() && plan.getParent(node).isPresent()) {
                names.add(0, node.getDisplayName());
            }
        }
        if (className.isEmpty()) {
            className =
                    test.getSource()
                            .filter(MethodSource.class::isInstance)
                            .map(MethodSource.class::cast)
                            .map(MethodSource::getClassName)
                            .orElse(test.getUniqueId());
        }
        recorded.put(
                test.getUniqueId(),
                new TestEvidence("", className, String.join(" › ", names), result, tags, message));
    }

    private void writeIfTopLevelClass(TestIdentifier container) {
        if (plan == null || directory == null || !isTopLevelClass(container)) {
            return;
        }
        String className = ((ClassSource) container.getSource().orElseThrow()).getClassName();
        List<String> lines = new ArrayList<>();
        lines.add(TestEvidence.HEADER);
        recorded.entrySet()
                .removeIf(
                        entry -> {
                            boolean below = entry.getKey().startsWith(container.getUniqueId());
                            if (below) {
                                lines.add(entry.getValue().toLine());
                            }
                            return below;
                        });
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(className + ".tsv"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the validation evidence of " + className, e);
        }
    }

    private boolean isTopLevelClass(TestIdentifier identifier) {
        boolean underEngine =
                plan.getParent(identifier)
                        .map(parent -> plan.getParent(parent).isEmpty())
                        .orElse(false);
        return underEngine
                && identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }
}
