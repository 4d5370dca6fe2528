package org.implantdhr.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.implantdhr.demo.control.DemoEvidence;
import org.junit.jupiter.api.Test;

/**
 * The product's CSV fixtures and generated files checked against their formats as the parsers'
 * Javadoc documents them (BuildLogParser, FurnaceChartParser, CmmResultsCsvParser), by a small
 * check written here independently of those parsers: the documented header, then the type of every
 * cell. What the parsers accept is tested elsewhere; this says the fixtures are what the
 * documentation promises.
 */
class CsvFixturesTest {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> EVENTS =
            Set.of(
                    "",
                    "EXPOSURE_START",
                    "RECOATER_STREAK",
                    "RECOATER_CRASH",
                    "SHORT_FEED",
                    "LASER_FAULT",
                    "GAS_FLOW_ALARM",
                    "PAUSE",
                    "RESTART");
    private static final Set<String> KINDS =
            Set.of("FIT_SURFACE", "HOLE_DIAMETER", "HOLE_POSITION", "WALL_THICKNESS", "OTHER");
    private static final Set<String> STATUSES =
            Set.of("PASS", "FAIL", "REWORK", "SYSERROR", "INDETERMINATE", "NOT_ANALYZED");

    @Test
    void theBuildLogsHaveTheDocumentedColumns() {
        for (byte[] file :
                List.of(
                        EvidenceProblems.sample("build-log.csv"),
                        DemoEvidence.csv(
                                new DemoEvidence(1)
                                        .buildLog(
                                                Instant.parse("2026-11-02T06:00:00Z"),
                                                300,
                                                180,
                                                6,
                                                90)))) {
            List<List<String>> rows = rows(file);
            assertThat(rows.get(0))
                    .containsExactly(
                            "layer", "timestamp", "o2 [ppm]", "layer_thickness [um]", "event");
            Instant previous = Instant.MIN;
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row).hasSize(5);
                assertThat(Integer.parseInt(row.get(0))).isPositive();
                Instant at = OffsetDateTime.parse(row.get(1)).toInstant();
                assertThat(at).isAfter(previous);
                previous = at;
                assertThat(row.get(2)).matches(DECIMAL);
                assertThat(Double.parseDouble(row.get(2))).isNotNegative();
                assertThat(row.get(3)).matches(DECIMAL);
                assertThat(Double.parseDouble(row.get(3))).isPositive();
                assertThat(EVENTS).as("event of %s", row).contains(row.get(4));
            }
        }
    }

    @Test
    void theFurnaceChartsHaveTheDocumentedColumns() {
        for (byte[] file :
                List.of(
                        EvidenceProblems.sample("furnace-chart.csv"),
                        DemoEvidence.csv(
                                new DemoEvidence(2)
                                        .furnaceChart(
                                                Instant.parse("2026-11-02T06:00:00Z"),
                                                30,
                                                false)))) {
            List<List<String>> rows = rows(file);
            List<String> header = rows.get(0);
            assertThat(header).filteredOn("timestamp"::equals).hasSize(1);
            assertThat(header)
                    .filteredOn(h -> h.matches("\\S+ load \\[(°C|degC|°F|degF|K)]"))
                    .isNotEmpty();
            assertThat(header)
                    .allMatch(
                            h ->
                                    h.equals("timestamp")
                                            || h.matches(
                                                    "\\S+ (?i:load|control|furnace) \\[(°C|degC|°F|degF|K)]")
                                            || h.matches("vacuum \\[(mbar|Pa)]")
                                            || h.matches("dew point \\[(°C|°F|K)]"),
                            "documented");
            Instant previous = Instant.MIN;
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row).hasSameSizeAs(header);
                for (int c = 0; c < row.size(); c++) {
                    if (header.get(c).equals("timestamp")) {
                        Instant at = OffsetDateTime.parse(row.get(c)).toInstant();
                        assertThat(at).isAfter(previous);
                        previous = at;
                    } else {
                        assertThat(row.get(c)).as(header.get(c)).matches(DECIMAL);
                    }
                }
            }
        }
    }

    @Test
    void theCmmExportsHaveTheDocumentedColumns() {
        for (byte[] file :
                List.of(
                        EvidenceProblems.sample("cmm-results.csv"),
                        DemoEvidence.csv(new DemoEvidence(3).inspection(true)))) {
            List<List<String>> rows = rows(file);
            assertThat(rows.get(0))
                    .containsExactlyInAnyOrder(
                            "characteristic",
                            "kind",
                            "nominal",
                            "lower_tolerance",
                            "upper_tolerance",
                            "measured",
                            "unit",
                            "status",
                            "critical");
            List<String> header = rows.get(0);
            List<String> names = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row).hasSize(9);
                String name = row.get(header.indexOf("characteristic"));
                assertThat(name).isNotBlank();
                assertThat(names).doesNotContain(name);
                names.add(name);
                assertThat(KINDS).contains(row.get(header.indexOf("kind")));
                for (String number :
                        List.of("nominal", "lower_tolerance", "upper_tolerance", "measured")) {
                    assertThat(row.get(header.indexOf(number))).as(number).matches(DECIMAL);
                }
                assertThat(Double.parseDouble(row.get(header.indexOf("lower_tolerance"))))
                        .isLessThanOrEqualTo(
                                Double.parseDouble(row.get(header.indexOf("upper_tolerance"))));
                assertThat(row.get(header.indexOf("unit"))).isIn("mm", "in");
                assertThat(STATUSES).contains(row.get(header.indexOf("status")));
                assertThat(row.get(header.indexOf("critical")).toLowerCase()).isIn("true", "false");
            }
        }
    }

    /**
     * The CsvText rules, plainly: UTF-8, LF or CRLF, comma-separated, trimmed, double quotes around
     * a field.
     */
    private static List<List<String>> rows(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            assertThat(line).as("no empty line").isNotEmpty();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    fields.add(field.toString().strip());
                    field.setLength(0);
                } else {
                    field.append(ch);
                }
            }
            fields.add(field.toString().strip());
            rows.add(fields);
        }
        assertThat(Arrays.asList(rows.get(0).toArray())).isNotEmpty();
        return rows;
    }
}
