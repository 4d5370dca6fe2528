package org.implantdhr.inspection.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.evidence.control.EvidenceProblems.utf8;

import java.util.List;
import java.util.Optional;
import org.implantdhr.evidence.control.EvidenceProblems;
import org.implantdhr.evidence.control.InvalidEvidenceException.Problem;
import org.implantdhr.inspection.control.MeasuredCharacteristic.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmmResultsCsvParserTest {

    private static final String HEADER =
            "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical\n";

    private final CmmResultsCsvParser parser = new CmmResultsCsvParser();

    private List<Problem> problems(String csv) {
        return EvidenceProblems.of(() -> parser.parse(utf8(csv)));
    }

    @Test
    void readsTheSampleExport() {
        InspectionResults results = parser.parse(EvidenceProblems.sample("cmm-results.csv"));

        assertThat(results.characteristics()).hasSize(6);
        assertThat(results.characteristics().get(0))
                .isEqualTo(
                        new MeasuredCharacteristic(
                                "H1 diameter",
                                CharacteristicKind.HOLE_DIAMETER,
                                3.5,
                                Optional.of(new Tolerance(-0.1, 0.1)),
                                3.541,
                                CharacteristicStatus.PASS,
                                true));
        assertThat(results.find("H2 diameter"))
                .get()
                .extracting(MeasuredCharacteristic::status)
                .isEqualTo(CharacteristicStatus.FAIL);
        assertThat(results.find("Rib arm length, left"))
                .get()
                .extracting(MeasuredCharacteristic::kind)
                .isEqualTo(CharacteristicKind.OTHER);
    }

    @Test
    void convertsInchesExactly() {
        InspectionResults results =
                parser.parse(
                        utf8(HEADER + "H1,HOLE_DIAMETER,0.125,-0.004,0.004,0.1265,in,PASS,TRUE\n"));

        MeasuredCharacteristic h1 = results.characteristics().get(0);
        assertThat(h1.nominalMm()).isEqualTo(3.175);
        assertThat(h1.tolerance()).contains(new Tolerance(-0.1016, 0.1016));
        assertThat(h1.measuredMm()).isEqualTo(3.2131);
        assertThat(h1.critical()).isTrue();
    }

    @Test
    void refusesAnEmptyFileAndMissingOrUnknownColumns() {
        assertThat(EvidenceProblems.of(() -> parser.parse(new byte[0])))
                .containsExactly(new Problem("file", "the file is empty"));
        assertThat(
                        problems(
                                "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured [mm],status,"
                                        + "critical,operator\nH1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,PASS,true,ab\n"))
                .extracting(Problem::message)
                .containsExactly(
                        "unknown column 'operator'; the header must be: "
                                + "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical",
                        "column 'unit' is missing; the header must be: "
                                + "characteristic,kind,nominal,lower_tolerance,upper_tolerance,measured,unit,status,critical",
                        "column 'measured [mm]' takes no unit; the unit is given per row in column 'unit'");
    }

    @Test
    void refusesUnknownKindStatusUnitAndCriticalFlag() {
        assertThat(problems(HEADER + "H1,HOLE,3.5,-0.1,0.1,3.5,cm,OK,yes\n"))
                .containsExactly(
                        new Problem(
                                "line 2, column kind",
                                "unknown kind 'HOLE'; expected one of "
                                        + "[FIT_SURFACE, HOLE_DIAMETER, HOLE_POSITION, WALL_THICKNESS, OTHER]"),
                        new Problem(
                                "line 2, column status",
                                "unknown status 'OK'; expected one of "
                                        + "[PASS, FAIL, REWORK, SYSERROR, INDETERMINATE, NOT_ANALYZED]"),
                        new Problem("line 2, column critical", "'yes' is neither true nor false"),
                        new Problem("line 2, column unit", "unknown unit 'cm'; expected mm or in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Inf", "3,5x", ""})
    void refusesMeasuredValuesThatAreNotFiniteNumbers(String value) {
        assertThat(
                        problems(
                                HEADER
                                        + "H1,HOLE_DIAMETER,3.5,-0.1,0.1,\""
                                        + value
                                        + "\",mm,PASS,true\n"))
                .extracting(Problem::location)
                .containsExactly("line 2, column measured");
    }

    @Test
    void refusesDuplicateNamesInvertedTolerancesAndWrongFieldCounts() {
        assertThat(
                        problems(
                                HEADER
                                        + "H1,HOLE_DIAMETER,3.5,-0.1,0.1,3.5,mm,PASS,true\n"
                                        + "H1,HOLE_DIAMETER,3.5,0.1,-0.1,3.5,mm,PASS,true\n,OTHER,1,0,0,1,mm,PASS,false\nH3,OTHER\n"))
                .containsExactly(
                        new Problem("line 5", "2 fields, but the header has 9"),
                        new Problem("line 3, column characteristic", "'H1' is already on line 2"),
                        new Problem(
                                "line 3, column lower_tolerance",
                                "lower tolerance 0.1 is greater than the upper tolerance -0.1"),
                        new Problem("line 4, column characteristic", "name is missing"));
    }

    @Test
    void readsWhatTheWriterWrites() {
        InspectionResults results = parser.parse(EvidenceProblems.sample("cmm-results.csv"));

        assertThat(parser.parse(CmmResultsCsv.write(results))).isEqualTo(results);
    }
}
