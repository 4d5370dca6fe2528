package org.implantdhr.heattreatment.control;

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

class FurnaceChartParserTest {

    private static final String HEADER = "timestamp,TC1 load [°C],TC2 control [°C],vacuum [mbar]\n";

    private final FurnaceChartParser parser = new FurnaceChartParser();

    private List<Problem> problems(String csv) {
        return EvidenceProblems.of(() -> parser.parse(utf8(csv)));
    }

    @Test
    void readsTheSampleLoggerExport() {
        FurnaceChart chart = parser.parse(EvidenceProblems.sample("furnace-chart.csv"));

        assertThat(chart.sampleCount()).isEqualTo(346);
        assertThat(chart.timestamp(0)).isEqualTo(Instant.parse("2025-03-15T06:00:00Z"));
        assertThat(chart.thermocoupleNames()).containsExactly("TC1", "TC2", "TC3", "TC4", "TC5");
        assertThat(chart.thermocoupleRoles())
                .containsExactly(
                        ThermocoupleRole.LOAD,
                        ThermocoupleRole.LOAD,
                        ThermocoupleRole.LOAD,
                        ThermocoupleRole.LOAD,
                        ThermocoupleRole.CONTROL);
        assertThat(chart.temperatureC(1, 148)).isEqualTo(801.1);
        assertThat(chart.atmosphere())
                .get()
                .extracting(AtmosphereTrace::kind)
                .isEqualTo(AtmosphereKind.VACUUM_MBAR);
        assertThat(chart.atmosphere().get().value(0)).isEqualTo(8.5E-05);
    }

    @Test
    void convertsFahrenheitKelvinAndPascalExactly() {
        FurnaceChart chart =
                parser.parse(
                        utf8(
                                "timestamp,A load [°F],B furnace [K],vacuum [Pa]\n"
                                        + "2025-03-15T06:00:00Z,1472,1073.15,1.2E-02\n2025-03-15T06:01:00Z,212.9,273.16,0.01\n"));

        assertThat(chart.temperaturesC(0)).containsExactly(800.0, 100.5);
        assertThat(chart.temperaturesC(1)).containsExactly(800.0, 0.01);
        assertThat(chart.atmosphere().get().values()).containsExactly(1.2E-04, 1.0E-04);
    }

    @Test
    void acceptsDewPointAndNoAtmosphereColumn() {
        FurnaceChart argon =
                parser.parse(
                        utf8(
                                "timestamp,TC1 load [degC],dew point [°C]\n2025-03-15T06:00:00Z,20,-60\n"));
        FurnaceChart none =
                parser.parse(utf8("timestamp,TC1 LOAD [°C]\n2025-03-15T06:00:00+01:00,20\n"));

        assertThat(argon.atmosphere().get().kind()).isEqualTo(AtmosphereKind.DEW_POINT_C);
        assertThat(argon.atmosphere().get().value(0)).isEqualTo(-60.0);
        assertThat(none.atmosphere()).isEmpty();
        assertThat(none.thermocoupleRoles()).containsExactly(ThermocoupleRole.LOAD);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(EvidenceProblems.of(() -> parser.parse(new byte[0])))
                .containsExactly(new Problem("file", "the file is empty"));
    }

    @Test
    void refusesAHeaderWithoutTimestampOrLoadThermocouple() {
        assertThat(problems("time,TC5 control [°C]\n2025-03-15T06:00:00Z,20\n"))
                .containsExactly(
                        new Problem(
                                "header",
                                "column 'time' is not one of 'timestamp', '<name> load|control|furnace "
                                        + "[°C|°F|K]', 'vacuum [mbar|Pa]' or 'dew point [°C|°F|K]'"),
                        new Problem("header", "column 'timestamp' is missing"),
                        new Problem(
                                "header",
                                "no load thermocouple; at least one column such as 'TC1 load [°C]' is required"));
    }

    @Test
    void refusesUnknownAndRepeatedColumns() {
        assertThat(
                        problems(
                                "timestamp,TC1 load [°C],TC1 load [°C],tc1 furnace [°C],setpoint [°C]\n"
                                        + "2025-03-15T06:00:00Z,20,20,20,20\n"))
                .containsExactly(
                        new Problem("header", "column 'tc1 load' appears more than once"),
                        new Problem("header", "thermocouple 'tc1' appears more than once"),
                        new Problem(
                                "header",
                                "column 'setpoint [°C]' is not one of 'timestamp', '<name> load|control|furnace "
                                        + "[°C|°F|K]', 'vacuum [mbar|Pa]' or 'dew point [°C|°F|K]'"));
    }

    @Test
    void refusesMissingAndUnknownUnitsAndTwoAtmosphereColumns() {
        assertThat(
                        problems(
                                "timestamp,TC1 load,TC2 load [C],vacuum [torr],dew point [°C]\n"
                                        + "2025-03-15T06:00:00Z,20,20,1,1\n"))
                .containsExactly(
                        new Problem(
                                "header",
                                "column 'TC1 load' has no unit; write it in brackets: °C, °F or K"),
                        new Problem(
                                "header",
                                "column 'TC2 load [C]' has unknown unit 'C'; accepted: °C, °F or K"),
                        new Problem(
                                "header",
                                "column 'vacuum [torr]' has unknown unit 'torr'; accepted: mbar or Pa"),
                        new Problem(
                                "header",
                                "no load thermocouple; at least one column such as 'TC1 load [°C]' is required"));
        assertThat(
                        problems(
                                "timestamp,TC1 load [°C],vacuum [mbar],dew point [°C]\n2025-03-15T06:00:00Z,20,1,1\n"))
                .containsExactly(
                        new Problem(
                                "header",
                                "more than one atmosphere column ('vacuum [mbar]' and "
                                        + "'dew point [°C]'); a chart has at most one"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Inf", "-Infinity", "abc", ""})
    void refusesValuesThatAreNotFiniteNumbers(String value) {
        List<Problem> problems = problems(HEADER + "2025-03-15T06:00:00Z," + value + ",20,1E-4\n");

        assertThat(problems)
                .extracting(Problem::location)
                .containsExactly("line 2, column TC1 load [°C]");
    }

    @Test
    void refusesTemperaturesBelowAbsoluteZeroAndNegativePressure() {
        assertThat(
                        problems(
                                "timestamp,TC1 load [K],vacuum [mbar]\n2025-03-15T06:00:00Z,-1,-1E-4\n"))
                .containsExactly(
                        new Problem("line 2, column TC1 load [K]", "-1 is below absolute zero"),
                        new Problem("line 2, column vacuum [mbar]", "-1E-4 is negative"));
    }

    @Test
    void refusesTimestampsOutOfOrderRepeatedOrWithoutZone() {
        assertThat(
                        problems(
                                HEADER
                                        + "2025-03-15T06:01:00Z,20,20,1E-4\n2025-03-15T06:00:00Z,20,20,1E-4\n"
                                        + "2025-03-15T06:00:00Z,20,20,1E-4\n2025-03-15 06:03:00,20,20,1E-4\n"))
                .containsExactly(
                        new Problem(
                                "line 3, column timestamp",
                                "is earlier than the timestamp on line 2; timestamps must strictly increase"),
                        new Problem(
                                "line 4, column timestamp",
                                "repeats the timestamp on line 3; timestamps must strictly increase"),
                        new Problem(
                                "line 5, column timestamp",
                                "timestamp '2025-03-15 06:03:00' has no time zone; "
                                        + "end it with Z or an offset such as +01:00"));
    }

    @Test
    void refusesRowsWithTheWrongNumberOfFields() {
        assertThat(problems(HEADER + "2025-03-15T06:00:00Z,20,20\n"))
                .containsExactly(new Problem("line 2", "3 fields, but the header has 4"));
    }

    @Test
    void readsWhatTheWriterWrites() {
        FurnaceChart chart =
                new FurnaceChart(
                        new long[] {1_742_018_400_000L, 1_742_018_460_000L},
                        List.of("TC1", "TC 2", "Ctrl"),
                        List.of(
                                ThermocoupleRole.LOAD,
                                ThermocoupleRole.LOAD,
                                ThermocoupleRole.CONTROL),
                        new double[][] {{20.5, 800.125}, {21, 799.9}, {22, 1e-3}},
                        new AtmosphereTrace(
                                AtmosphereKind.VACUUM_MBAR, new double[] {8.5E-5, 1.0E-4}));

        FurnaceChart read = parser.parse(FurnaceChartCsv.write(chart));

        assertThat(read.epochMillis()).containsExactly(chart.epochMillis());
        assertThat(read.thermocoupleNames()).isEqualTo(chart.thermocoupleNames());
        assertThat(read.thermocoupleRoles()).isEqualTo(chart.thermocoupleRoles());
        for (int tc = 0; tc < 3; tc++) {
            assertThat(read.temperaturesC(tc)).containsExactly(chart.temperaturesC(tc));
        }
        assertThat(read.atmosphere().get().values())
                .containsExactly(chart.atmosphere().get().values());
    }

    @Test
    @Tag("benchmark")
    @EnabledIfSystemProperty(named = "benchmark", matches = "true")
    void benchmark() {
        int samples = 30_000;
        long[] millis = new long[samples];
        double[][] temperatures = new double[6][samples];
        double[] vacuum = new double[samples];
        for (int s = 0; s < samples; s++) {
            millis[s] = 1_742_018_400_000L + s * 1000L;
            for (int tc = 0; tc < 6; tc++) {
                temperatures[tc][s] = 20 + (s * 7 + tc * 13) % 7800 / 10.0;
            }
            vacuum[s] = 8.5E-5 + (s % 10) * 1E-6;
        }
        FurnaceChart chart =
                new FurnaceChart(
                        millis,
                        List.of("TC1", "TC2", "TC3", "TC4", "TC5", "TC6"),
                        List.of(
                                ThermocoupleRole.LOAD,
                                ThermocoupleRole.LOAD,
                                ThermocoupleRole.LOAD,
                                ThermocoupleRole.LOAD,
                                ThermocoupleRole.CONTROL,
                                ThermocoupleRole.FURNACE),
                        temperatures,
                        new AtmosphereTrace(AtmosphereKind.VACUUM_MBAR, vacuum));
        byte[] csv = FurnaceChartCsv.write(chart);
        for (int i = 0; i < 30; i++) {
            parser.parse(csv);
        }
        long start = System.nanoTime();
        int runs = 20;
        for (int i = 0; i < runs; i++) {
            parser.parse(csv);
        }
        System.out.printf(
                "furnace chart, %d rows x 8 columns: %.1f ms%n",
                samples, (System.nanoTime() - start) / 1e6 / runs);
    }
}
