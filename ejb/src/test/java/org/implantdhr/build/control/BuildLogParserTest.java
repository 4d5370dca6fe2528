package org.implantdhr.build.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.evidence.control.EvidenceProblems.utf8;

import java.time.Instant;
import java.util.List;
import org.implantdhr.evidence.control.EvidenceProblems;
import org.implantdhr.evidence.control.InvalidEvidenceException.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildLogParserTest {

    private static final String HEADER = "layer,timestamp,o2 [ppm],layer_thickness [um],event\n";

    private final BuildLogParser parser = new BuildLogParser();

    private List<Problem> problems(String csv) {
        return EvidenceProblems.of(() -> parser.parse(utf8(csv)));
    }

    @Test
    void readsTheSampleExport() {
        BuildLog log = parser.parse(EvidenceProblems.sample("build-log.csv"));

        assertThat(log.rowCount()).isEqualTo(41);
        assertThat(log.layer(0)).isEqualTo(1);
        assertThat(log.timestamp(0)).isEqualTo(Instant.parse("2025-03-14T07:15:30Z"));
        assertThat(log.epochMilli(1) - log.epochMilli(0)).isEqualTo(22_500);
        assertThat(log.o2Ppm(0)).isEqualTo(480.0);
        assertThat(log.layerThicknessUm()).containsOnly(30.0);
        assertThat(log.events())
                .extracting(BuildEvent::type)
                .containsExactly(
                        BuildEventType.EXPOSURE_START,
                        BuildEventType.RECOATER_STREAK,
                        BuildEventType.RESTART,
                        BuildEventType.GAS_FLOW_ALARM);
        assertThat(log.events().get(2).layer()).isEqualTo(17);
    }

    @Test
    void acceptsByteOrderMarkCrlfAndNoFinalLineEnd() {
        String csv =
                "\uFEFFlayer,timestamp,o2 [ppm],layer_thickness [um],event\r\n"
                        + "1,2025-03-14T08:15:30Z,420,30,EXPOSURE_START\r\n"
                        + "2,2025-03-14T08:15:52Z,415,30,";

        BuildLog log = parser.parse(utf8(csv));

        assertThat(log.layers()).containsExactly(1, 2);
        assertThat(log.events()).hasSize(1);
    }

    @Test
    void acceptsLegacyColumnNamesAnyOrderAndSpaces() {
        String csv =
                "timestamp, layer, O2_PPM, layer_thickness_um, event\n2025-03-14T08:15:30Z, 1, 420, 30, \n";

        BuildLog log = parser.parse(utf8(csv));

        assertThat(log.o2Ppm(0)).isEqualTo(420.0);
        assertThat(log.layer(0)).isEqualTo(1);
    }

    @Test
    void convertsPercentOxygenAndMillimetreThicknessExactly() {
        String csv =
                "layer,timestamp,O2 [%],layer_thickness [mm],event\n"
                        + "1,2025-03-14T08:15:30Z,0.042,0.03,\n"
                        + "2,2025-03-14T08:15:52Z,1.2E-02,0.06,\n";

        BuildLog log = parser.parse(utf8(csv));

        assertThat(log.o2Ppm()).containsExactly(420.0, 120.0);
        assertThat(log.layerThicknessUm()).containsExactly(30.0, 60.0);
    }

    @Test
    void gapsAndRepeatedLayersAreEvidenceNotErrors() {
        BuildLog log =
                parser.parse(
                        utf8(
                                HEADER
                                        + "1,2025-03-14T08:00:00Z,400,30,\n"
                                        + "3,2025-03-14T08:00:20Z,400,30,\n3,2025-03-14T08:00:40Z,400,30,RESTART\n"));

        assertThat(log.layers()).containsExactly(1, 3, 3);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(EvidenceProblems.of(() -> parser.parse(new byte[0])))
                .containsExactly(new Problem("file", "the file is empty"));
        assertThat(problems("\uFEFF\r\n"))
                .containsExactly(new Problem("file", "the file is empty"));
    }

    @Test
    void refusesAHeaderWithoutRows() {
        assertThat(problems(HEADER))
                .containsExactly(new Problem("file", "no data rows after the header"));
    }

    @Test
    void refusesMissingUnknownAndRepeatedColumns() {
        assertThat(problems("layer,timestamp,o2 [ppm],event\n1,2025-03-14T08:00:00Z,400,\n"))
                .containsExactly(
                        new Problem(
                                "header",
                                "column 'layer_thickness' is missing; the header must be: "
                                        + "layer,timestamp,o2 [ppm],layer_thickness [um],event"));
        assertThat(
                        problems(
                                "layer,timestamp,o2 [ppm],layer_thickness [um],event,laser_power [W]\n"
                                        + "1,2025-03-14T08:00:00Z,400,30,,370\n"))
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .startsWith("unknown column 'laser_power [W]'");
        assertThat(
                        problems(
                                "layer,layer,timestamp,o2 [ppm],layer_thickness [um],event\n"
                                        + "1,1,2025-03-14T08:00:00Z,400,30,\n"))
                .containsExactly(new Problem("header", "column 'layer' appears more than once"));
    }

    @Test
    void refusesMissingAndUnknownUnits() {
        assertThat(
                        problems(
                                "layer,timestamp,o2,layer_thickness [in],event\n1,2025-03-14T08:00:00Z,400,30,\n"))
                .containsExactly(
                        new Problem("header", "column 'o2' has no unit; write o2 [ppm] or o2 [%]"),
                        new Problem(
                                "header",
                                "column 'layer_thickness [in]' has unknown unit 'in'; "
                                        + "write layer_thickness [um] or layer_thickness [mm]"));
        assertThat(
                        problems(
                                "layer [-],timestamp,o2 [ppm],layer_thickness [um],event\n1,2025-03-14T08:00:00Z,4,3,\n"))
                .containsExactly(new Problem("header", "column 'layer' takes no unit"));
    }

    @Test
    void refusesNonNumericValues() {
        assertThat(
                        problems(
                                HEADER
                                        + "1,2025-03-14T08:00:00Z,high,30,\n2,2025-03-14T08:00:20Z,4 00,30,\n"
                                        + "3,2025-03-14T08:00:40Z,400,\"30,5\",\n4,2025-03-14T08:01:00Z,,30,\n"))
                .containsExactly(
                        new Problem("line 2, column o2 [ppm]", "'high' is not a number"),
                        new Problem("line 3, column o2 [ppm]", "'4 00' is not a number"),
                        new Problem(
                                "line 4, column layer_thickness [um]",
                                "'30,5' uses a decimal comma; write a decimal point"),
                        new Problem("line 5, column o2 [ppm]", "value is missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Inf", "Infinity", "-Infinity", "+inf"})
    void refusesNotANumberAndInfinity(String value) {
        assertThat(problems(HEADER + "1,2025-03-14T08:00:00Z," + value + ",30,\n"))
                .containsExactly(
                        new Problem(
                                "line 2, column o2 [ppm]",
                                "'"
                                        + value
                                        + "' is not a finite number (NaN and infinity are not accepted)"));
    }

    @Test
    void refusesValuesBeyondDoubleRangeAndNegativeReadings() {
        assertThat(
                        problems(
                                HEADER
                                        + "1,2025-03-14T08:00:00Z,1e400,30,\n2,2025-03-14T08:00:20Z,-3,0,\n"))
                .containsExactly(
                        new Problem(
                                "line 2, column o2 [ppm]",
                                "'1e400' is out of the range of a double-precision number"),
                        new Problem("line 3, column o2 [ppm]", "-3 is negative"),
                        new Problem("line 3, column layer_thickness [um]", "0 is not positive"));
    }

    @Test
    void refusesTimestampsOutOfOrderOrRepeated() {
        assertThat(
                        problems(
                                HEADER
                                        + "1,2025-03-14T08:00:20Z,400,30,\n2,2025-03-14T08:00:10Z,400,30,\n"
                                        + "3,2025-03-14T09:00:10+01:00,400,30,\n"))
                .containsExactly(
                        new Problem(
                                "line 3, column timestamp",
                                "is earlier than the timestamp on line 2; timestamps must strictly increase"),
                        new Problem(
                                "line 4, column timestamp",
                                "repeats the timestamp on line 3; timestamps must strictly increase"));
    }

    @Test
    void refusesTimestampsWithoutZoneOrUnparseable() {
        assertThat(
                        problems(
                                HEADER
                                        + "1,2025-03-14T08:00:00,400,30,\n2,14.03.2025 08:00:20,400,30,\n"
                                        + "3,2025-02-30T08:00:40Z,400,30,\n4,2025-03-14T08:01:00.0001Z,400,30,\n"))
                .containsExactly(
                        new Problem(
                                "line 2, column timestamp",
                                "timestamp '2025-03-14T08:00:00' has no time zone; "
                                        + "end it with Z or an offset such as +01:00"),
                        new Problem(
                                "line 3, column timestamp",
                                "'14.03.2025 08:00:20' is not an ISO-8601 timestamp "
                                        + "with zone, such as 2025-03-14T08:15:30Z"),
                        new Problem(
                                "line 4, column timestamp",
                                "timestamp '2025-02-30T08:00:40Z' is not a valid date and time"),
                        new Problem(
                                "line 5, column timestamp",
                                "timestamp '2025-03-14T08:01:00.0001Z' is more precise than a millisecond"));
    }

    @Test
    void refusesUnknownEventsAndBadLayers() {
        assertThat(
                        problems(
                                HEADER
                                        + "0,2025-03-14T08:00:00Z,400,30,\n1.5,2025-03-14T08:00:20Z,400,30,recoater_crash\n"))
                .containsExactly(
                        new Problem(
                                "line 2, column layer",
                                "'0' is not a layer number (a whole number from 1)"),
                        new Problem(
                                "line 3, column layer",
                                "'1.5' is not a layer number (a whole number from 1)"),
                        new Problem(
                                "line 3, column event",
                                "unknown event 'recoater_crash'; expected empty or one of "
                                        + "[EXPOSURE_START, RECOATER_STREAK, RECOATER_CRASH, SHORT_FEED, LASER_FAULT, "
                                        + "GAS_FLOW_ALARM, PAUSE, RESTART]"));
    }

    @Test
    void refusesRowsWithTheWrongNumberOfFieldsAndEmptyLines() {
        assertThat(
                        problems(
                                HEADER
                                        + "1,2025-03-14T08:00:00Z,400,30\n\n2,2025-03-14T08:00:20Z,400,30,,x\n"))
                .containsExactly(
                        new Problem("line 2", "4 fields, but the header has 5"),
                        new Problem("line 3", "empty line"),
                        new Problem("line 4", "6 fields, but the header has 5"));
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 =
                "layer,timestamp,o2 [ppm],layer_thickness [µm],event\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(EvidenceProblems.of(() -> parser.parse(latin1)))
                .containsExactly(new Problem("byte 42", "not valid UTF-8; save the file as UTF-8"));
    }

    @Test
    void capsTheReportAtFiftyProblems() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 80; i++) {
            csv.append(i).append(",2025-03-14T08:00:00Z,x,30,\n");
        }
        List<Problem> problems = problems(csv.toString());

        assertThat(problems).hasSize(51);
        assertThat(problems.get(50).message()).startsWith("…and ");
    }

    @Test
    void readsWhatTheWriterWrites() {
        BuildLog log =
                new BuildLog(
                        new int[] {1, 2, 2},
                        new long[] {1_741_940_130_000L, 1_741_940_152_500L, 1_741_940_175_001L},
                        new double[] {420.5, 0.1 + 0.2, 1.0E-5},
                        new double[] {30, 30, 30},
                        List.of(
                                new BuildEvent(
                                        2,
                                        Instant.ofEpochMilli(1_741_940_175_001L),
                                        BuildEventType.RESTART)));

        BuildLog read = parser.parse(BuildLogCsv.write(log));

        assertThat(read.layers()).containsExactly(log.layers());
        assertThat(read.epochMillis()).containsExactly(log.epochMillis());
        assertThat(read.o2Ppm()).containsExactly(log.o2Ppm());
        assertThat(read.layerThicknessUm()).containsExactly(log.layerThicknessUm());
        assertThat(read.events()).isEqualTo(log.events());
    }

    @Test
    @Tag("benchmark")
    @EnabledIfSystemProperty(named = "benchmark", matches = "true")
    void benchmark() {
        int rows = 30_000;
        int[] layers = new int[rows];
        long[] millis = new long[rows];
        double[] o2 = new double[rows];
        double[] thickness = new double[rows];
        for (int i = 0; i < rows; i++) {
            layers[i] = i + 1;
            millis[i] = 1_741_940_130_000L + i * 22_500L;
            o2[i] = 380 + (i * 37 % 400) / 10.0;
            thickness[i] = 30;
        }
        byte[] csv = BuildLogCsv.write(new BuildLog(layers, millis, o2, thickness, List.of()));
        for (int i = 0; i < 30; i++) {
            parser.parse(csv);
        }
        long start = System.nanoTime();
        int runs = 20;
        for (int i = 0; i < runs; i++) {
            parser.parse(csv);
        }
        System.out.printf(
                "build log, %d rows: %.1f ms%n", rows, (System.nanoTime() - start) / 1e6 / runs);
    }
}
