package org.implantdhr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report from two small specifications and the evidence files of two modules. */
class ValidationReportTest {

    private static final String HEADER =
            "check_id,parameter,lower,lower_strict,upper,upper_strict,comparison,unit,text_value,description";
    private static final Instant BUILD_START = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir Path project;
    Path specifications;
    Path output;

    @BeforeEach
    void twoVersionsOfASpecification() throws IOException {
        specifications = Files.createDirectories(project.resolve("rules/spec"));
        output = project.resolve("ear/target/validation");
        Files.writeString(
                specifications.resolve("TI64-ELI-CW-1.0.csv"),
                HEADER
                        + "\n"
                        + "AAA-ONE,x,,,1,false,ABSOLUTE,mm,,First check\n"
                        + "AAA-TWO,x,,,1,false,ABSOLUTE,mm,,Second check\n");
        Files.writeString(
                specifications.resolve("TI64-ELI-CW-1.1.csv"),
                HEADER
                        + "\n"
                        + "AAA-ONE,x,,,2,false,ABSOLUTE,mm,,First check (1.1)\n"
                        + "AAA-NEW,x,,,1,false,ABSOLUTE,mm,,A check that 1.1 adds\n");
    }

    @Test
    void everyCheckOfEveryVersionIsARequirementAndAnUntestedOneIsAGap() throws IOException {
        evidence(
                "rules",
                "Checks",
                BUILD_START.plusSeconds(5),
                "Checks\tone › [1]\tPASSED\tAAA-ONE\t",
                "Checks\ttwo › [1]\tPASSED\tAAA-TWO\t");

        List<String> csv = report();

        assertThat(row(csv, "AAA-ONE"))
                .contains("First check (1.1)", ",PASSED,", "rules,Checks,one › [1],passed");
        assertThat(row(csv, "AAA-TWO")).contains(",PASSED,");
        assertThat(row(csv, "AAA-NEW"))
                .contains("A check that 1.1 adds", ",GAP,", "no test naming it ran");
        assertThat(Files.readString(output.resolve("report-h2.html"))).contains("AAA-NEW", "GAP");
    }

    @Test
    void oneFailingTestMakesTheRequirementFailEvenWhenAnotherPassed() throws IOException {
        evidence(
                "ear",
                "it.AuditIT",
                BUILD_START.plusSeconds(60),
                "it.AuditIT\tkeepsOldValues()\tPASSED\tCFR-11.10e\t",
                "it.AuditIT\tchainIsIntact()\tFAILED\tCFR-11.10e ISO13485-7.5.1\tAssertionError: broken at 7");

        List<String> csv = report();

        assertThat(rows(csv, "CFR-11.10e"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r).contains(",FAILED,"));
        assertThat(row(csv, "ISO13485-7.5.1")).contains(",FAILED,", "broken at 7");
    }

    @Test
    void testsOfAnEarlierRunCountAsNotRunAndLeaveAGap() throws IOException {
        evidence(
                "rules",
                "Checks",
                BUILD_START.minusSeconds(3600),
                "Checks\tone()\tPASSED\tAAA-ONE\t");
        evidence(
                "ear",
                "it.SkipIT",
                BUILD_START.plusSeconds(1),
                "it.SkipIT\tsecond()\tSKIPPED\tAAA-TWO\tdisabled");

        List<String> csv = report();

        assertThat(row(csv, "AAA-ONE")).contains(",GAP,", "not run", "1 not run");
        assertThat(row(csv, "AAA-TWO")).contains(",GAP,", "skipped");
    }

    @Test
    void aRequirementWhoseTaggedTestsDidNotRunSaysWhereTheyAre() throws IOException {
        Path source = project.resolve("ear/src/test/java/it/LoginIT.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "@Tag(\"CFR-11.10d\")\nclass LoginIT {}\n");

        assertThat(row(report(), "CFR-11.10d"))
                .contains(",GAP,", "no test naming it ran in this build (tagged in LoginIT)");
    }

    @Test
    void proceduralControlsAreListedAsGapsWithTheirNote() throws IOException {
        List<String> csv = report();

        assertThat(row(csv, "CFR-11.10i")).contains(",GAP,", "procedural: outside the software");
        assertThat(csv).filteredOn(r -> r.matches(".*,CFR-11\\.10[a-k],.*")).hasSize(11);
        assertThat(csv).filteredOn(r -> r.startsWith("ISO 13485")).hasSize(4);
    }

    @Test
    void aTagThatNamesNoRequirementIsShownButOrdinaryTagsAreNot() throws IOException {
        evidence(
                "ejb",
                "Typo",
                BUILD_START.plusSeconds(1),
                "Typo\tt()\tPASSED\tCFR-11.10z benchmark\t");

        report();

        String html = Files.readString(output.resolve("report-h2.html"));
        assertThat(html.substring(html.indexOf("Tags that name no requirement")))
                .contains("CFR-11.10z")
                .doesNotContain("benchmark");
    }

    private void evidence(String module, String className, Instant written, String... lines)
            throws IOException {
        Path file =
                project.resolve(module)
                        .resolve("target")
                        .resolve(EvidenceFiles.FOLDER)
                        .resolve(className + ".tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                TestEvidence.HEADER + "\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(written));
    }

    private List<String> report() throws IOException {
        ValidationReport.main(
                new String[] {
                    "--project",
                    project.toString(),
                    "--specifications",
                    specifications.toString(),
                    "--output",
                    output.toString(),
                    "--build-start",
                    BUILD_START.toString()
                });
        List<String> csv =
                Files.readAllLines(output.resolve("report-h2.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo(CsvReport.HEADER);
        return csv;
    }

    private static List<String> rows(List<String> csv, String requirement) {
        return csv.stream().filter(r -> r.contains("," + requirement + ",")).toList();
    }

    private static String row(List<String> csv, String requirement) {
        assertThat(rows(csv, requirement)).hasSize(1);
        return rows(csv, requirement).get(0);
    }
}
