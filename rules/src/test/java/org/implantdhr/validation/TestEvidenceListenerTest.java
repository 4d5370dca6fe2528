package org.implantdhr.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The listener on small test classes run by a launcher of its own (so that the fixtures leave no
 * evidence).
 */
class TestEvidenceListenerTest {

    @TempDir Path folder;

    @Test
    void aTestCarriesItsOwnAndItsClassesTagsAndItsResult() throws Exception {
        List<TestEvidence> evidence = run(Tagged.class);

        assertThat(evidence)
                .extracting(TestEvidence::test, TestEvidence::result)
                .contains(
                        tuple("proves()", TestResult.PASSED),
                        tuple("fails()", TestResult.FAILED),
                        tuple("disabled()", TestResult.SKIPPED));
        assertThat(one(evidence, "proves()").tags())
                .containsExactlyInAnyOrder("REQ-CLASS", "REQ-METHOD");
        assertThat(one(evidence, "fails()").message()).contains("expected to fail");
        assertThat(evidence)
                .allSatisfy(e -> assertThat(e.className()).isEqualTo(Tagged.class.getName()));
    }

    @Test
    void anInvocationNamesItsOwnRequirementByAReportEntry() throws Exception {
        List<TestEvidence> evidence = run(Tagged.class);

        assertThat(evidence)
                .filteredOn(e -> e.test().startsWith("each("))
                .extracting(e -> e.tags().stream().filter(t -> t.startsWith("CHK")).toList())
                .containsExactlyInAnyOrder(List.of("CHK-A"), List.of("CHK-B"));
    }

    @Test
    void theTestsOfAClassThatCouldNotStartAreRecordedFailed() throws Exception {
        List<TestEvidence> evidence = run(BrokenSetUp.class);

        assertThat(evidence)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.test()).isEqualTo("neverRuns()");
                            assertThat(e.result()).isEqualTo(TestResult.FAILED);
                            assertThat(e.tags()).containsExactly("REQ-BROKEN");
                        });
    }

    private List<TestEvidence> run(Class<?> fixture) throws Exception {
        Launcher launcher =
                LauncherFactory.create(
                        LauncherConfig.builder()
                                .enableTestExecutionListenerAutoRegistration(false)
                                .build());
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(),
                new TestEvidenceListener(folder));
        return EvidenceFiles.read(folder.resolve(fixture.getName() + ".tsv"));
    }

    private static TestEvidence one(List<TestEvidence> evidence, String test) {
        return evidence.stream().filter(e -> e.test().equals(test)).findFirst().orElseThrow();
    }

    @Tag("REQ-CLASS")
    static class Tagged {

        @Test
        @Tag("REQ-METHOD")
        void proves() {}

        @Test
        void fails() {
            throw new AssertionError("expected to fail");
        }

        @Test
        @Disabled("not today")
        void disabled() {}

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CHK-A", "CHK-B"})
        void each(String check, TestReporter reporter) {
            reporter.publishEntry(TestEvidenceListener.REQUIREMENT_ENTRY, check);
        }
    }

    @Tag("REQ-BROKEN")
    static class BrokenSetUp {

        @BeforeAll
        static void setUp() {
            throw new IllegalStateException("no server");
        }

        @Test
        void neverRuns() {}
    }
}
