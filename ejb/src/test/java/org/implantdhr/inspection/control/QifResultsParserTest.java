package org.implantdhr.inspection.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.implantdhr.evidence.control.EvidenceProblems.utf8;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.implantdhr.evidence.control.EvidenceProblems;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.evidence.control.InvalidEvidenceException.Problem;
import org.implantdhr.inspection.control.MeasuredCharacteristic.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QifResultsParserTest {

    private static final String SAMPLE =
            new String(EvidenceProblems.sample("cmm-results.qif"), StandardCharsets.UTF_8);
    private static final String DIAMETER_STATUS =
            "element /QIFDocument/Results/MeasurementResultsSet/"
                    + "MeasurementResults[@id=40]/MeasuredCharacteristics/CharacteristicMeasurements/"
                    + "DiameterCharacteristicMeasurement[@id=41]/Status";

    private final QifResultsParser parser = new QifResultsParser();

    private List<Problem> problems(String xml) {
        return EvidenceProblems.of(() -> parser.parse(utf8(xml)));
    }

    @Test
    void readsTheSampleResults() {
        InspectionResults results = parser.parse(utf8(SAMPLE));

        assertThat(results.characteristics())
                .containsExactly(
                        new MeasuredCharacteristic(
                                "H1 diameter",
                                CharacteristicKind.HOLE_DIAMETER,
                                3.5,
                                Optional.of(new Tolerance(-0.1, 0.1)),
                                3.541,
                                CharacteristicStatus.PASS,
                                true),
                        new MeasuredCharacteristic(
                                "H2 diameter",
                                CharacteristicKind.HOLE_DIAMETER,
                                3.5,
                                Optional.of(new Tolerance(-0.1, 0.1)),
                                3.612,
                                CharacteristicStatus.FAIL,
                                true),
                        new MeasuredCharacteristic(
                                "H1 position",
                                CharacteristicKind.HOLE_POSITION,
                                0,
                                Optional.of(new Tolerance(0, 0.2)),
                                0.084,
                                CharacteristicStatus.PASS,
                                true),
                        new MeasuredCharacteristic(
                                "Rib 2 fit surface",
                                CharacteristicKind.FIT_SURFACE,
                                0,
                                Optional.of(new Tolerance(0, 1.0)),
                                0.62,
                                CharacteristicStatus.PASS,
                                false),
                        new MeasuredCharacteristic(
                                "Minimum strut",
                                CharacteristicKind.WALL_THICKNESS,
                                1.8,
                                Optional.of(new Tolerance(-0.6, 0.7)),
                                1.74,
                                CharacteristicStatus.PASS,
                                true),
                        new MeasuredCharacteristic(
                                "Rib arm length",
                                CharacteristicKind.OTHER,
                                142.0,
                                Optional.of(new Tolerance(-0.5, 0.5)),
                                141.83,
                                CharacteristicStatus.NOT_ANALYZED,
                                false));
    }

    @Test
    void convertsInchFilesExactly() {
        InspectionResults results =
                parser.parse(
                        utf8(SAMPLE.replace("<UnitName>mm</UnitName>", "<UnitName>in</UnitName>")));

        MeasuredCharacteristic h1 = results.characteristics().get(0);
        assertThat(h1.nominalMm()).isEqualTo(88.9);
        assertThat(h1.tolerance()).contains(new Tolerance(-2.54, 2.54));
        assertThat(h1.measuredMm()).isEqualTo(89.9414);
    }

    @Test
    void refusesEmptyAndMalformedFilesAndOtherXml() {
        assertThat(EvidenceProblems.of(() -> parser.parse(new byte[0])))
                .containsExactly(new Problem("file", "the file is empty"));
        assertThat(
                        problems(
                                "<QIFDocument xmlns=\"http://qifstandards.org/xsd/qif3\">\n<Characteristics>\n</QIFDocument>"))
                .extracting(Problem::location)
                .containsExactly("line 3, column 3");
        assertThat(problems("<QIFDocument/>"))
                .containsExactly(
                        new Problem(
                                "element /QIFDocument",
                                "not a QIF 3 document: the root must be QIFDocument in namespace http://qifstandards.org/xsd/qif3"));
    }

    @Test
    void refusesStatusesThatAreNotVerdicts() {
        List<Problem> problems =
                problems(
                        SAMPLE.replaceFirst(
                                        "<CharacteristicStatusEnum>PASS",
                                        "<CharacteristicStatusEnum>UNDEFINED")
                                .replaceFirst(
                                        "<Status><CharacteristicStatusEnum>FAIL</CharacteristicStatusEnum></Status>",
                                        "<Status><OtherCharacteristicStatus>looks fine</OtherCharacteristicStatus></Status>"));

        assertThat(problems)
                .containsExactly(
                        new Problem(
                                DIAMETER_STATUS,
                                "status 'UNDEFINED' is not an inspection verdict; expected one of "
                                        + "[PASS, FAIL, REWORK, SYSERROR, INDETERMINATE, NOT_ANALYZED] (or BASIC_OR_TED, which is left out)"),
                        new Problem(
                                DIAMETER_STATUS.replace("41", "42"),
                                "only CharacteristicStatusEnum is accepted, not a user-defined status"));
    }

    @Test
    void refusesMissingOrNonFiniteValuesAndForeignUnits() {
        List<Problem> problems =
                problems(
                        SAMPLE.replace("<Value>3.541</Value>", "<Value>NaN</Value>")
                                .replace(
                                        "<Value>3.612</Value>",
                                        "<Value linearUnit=\"inch\">0.14</Value>")
                                .replace("<Value>0.084</Value>", "<Value>INF</Value>")
                                .replace("<Value>0.62</Value>", ""));

        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "'NaN' is not a finite number (NaN and infinity are not accepted)",
                        "unit 'inch' differs from the file's linear unit 'mm'",
                        "'INF' is not a finite number (NaN and infinity are not accepted)",
                        "the measured value is missing");
        assertThat(problems.get(0).location())
                .isEqualTo(DIAMETER_STATUS.replace("Status", "Value"));
    }

    @Test
    void refusesUnmeasuredItemsUnknownReferencesDuplicatesAndCriticality() {
        List<Problem> problems =
                problems(
                        SAMPLE.replace(
                                        "<CharacteristicItemId>26</CharacteristicItemId>",
                                        "<CharacteristicItemId>99</CharacteristicItemId>")
                                .replace("<Name>H2 diameter</Name>", "<Name>H1 diameter</Name>")
                                .replace(
                                        "<CharacteristicNominalId>13</CharacteristicNominalId>",
                                        "<CharacteristicNominalId>77</CharacteristicNominalId>")
                                .replace(
                                        "<LevelEnum>MAJOR</LevelEnum>",
                                        "<LevelEnum>HIGH</LevelEnum>"));

        assertThat(problems)
                .containsExactly(
                        new Problem(
                                "element /QIFDocument/Characteristics/CharacteristicItems/DiameterCharacteristicItem[@id=22]/Name",
                                "'H1 diameter' is also the name of item 21"),
                        new Problem(
                                "element /QIFDocument/Characteristics/CharacteristicItems/PositionCharacteristicItem[@id=23]/"
                                        + "CharacteristicNominalId",
                                "refers to id 77, which does not exist"),
                        new Problem(
                                "element /QIFDocument/Characteristics/CharacteristicItems/SurfaceProfileCharacteristicItem[@id=24]/"
                                        + "CharacteristicDesignator/Criticality/LevelEnum",
                                "unknown criticality level 'HIGH'"),
                        new Problem(
                                "element /QIFDocument/Characteristics/CharacteristicItems/LengthCharacteristicItem[@id=26]",
                                "the characteristic has no measurement"),
                        new Problem(
                                "element /QIFDocument/Results/MeasurementResultsSet/MeasurementResults[@id=40]/"
                                        + "MeasuredCharacteristics/CharacteristicMeasurements/LengthCharacteristicMeasurement[@id=46]/"
                                        + "CharacteristicItemId",
                                "refers to no characteristic item"));
    }

    @Test
    void refusesUnknownLinearUnitsAndCriticalAngularCharacteristics() {
        assertThat(problems(SAMPLE.replace("<UnitName>mm</UnitName>", "<UnitName>cm</UnitName>")))
                .containsExactly(
                        new Problem(
                                "element /QIFDocument/FileUnits/PrimaryUnits/LinearUnit/UnitName",
                                "unknown linear unit 'cm'; expected mm, in or m"));
        assertThat(
                        problems(
                                SAMPLE.replace("LengthCharacteristic", "AngleCharacteristic")
                                        .replace(
                                                "<LevelEnum>MINOR</LevelEnum>",
                                                "<LevelEnum>CRITICAL</LevelEnum>")))
                .containsExactly(
                        new Problem(
                                "element /QIFDocument/Characteristics/CharacteristicItems/AngleCharacteristicItem[@id=26]",
                                "Angle characteristics are angular; a critical characteristic must be linear, since results "
                                        + "are judged in millimetres"));
    }

    @Test
    void leavesOutAngularCharacteristicsAndBasicDimensionsThatAreNotCritical() {
        InspectionResults results =
                parser.parse(
                        utf8(
                                SAMPLE.replace("LengthCharacteristic", "AngleCharacteristic")
                                        .replace(
                                                "<CharacteristicStatusEnum>PASS</CharacteristicStatusEnum></Status>\n"
                                                        + "              <CharacteristicItemId>24</CharacteristicItemId>",
                                                "<CharacteristicStatusEnum>BASIC_OR_TED</CharacteristicStatusEnum></Status>\n"
                                                        + "              <CharacteristicItemId>24</CharacteristicItemId>")));

        assertThat(results.characteristics())
                .extracting(MeasuredCharacteristic::name)
                .containsExactly("H1 diameter", "H2 diameter", "H1 position", "Minimum strut");
    }

    @Test
    void refusesABasicDimensionMarkedCritical() {
        assertThat(
                        problems(
                                SAMPLE.replaceFirst(
                                        "<CharacteristicStatusEnum>PASS",
                                        "<CharacteristicStatusEnum>BASIC_OR_TED")))
                .containsExactly(
                        new Problem(
                                DIAMETER_STATUS,
                                "a critical characteristic must be judged; BASIC_OR_TED is not a verdict"));
    }

    @Test
    void takesQifsDefaultUnitTheMetreWhenTheFileDeclaresNone() {
        String noUnits =
                SAMPLE.substring(0, SAMPLE.indexOf("  <FileUnits>"))
                        + SAMPLE.substring(
                                SAMPLE.indexOf("</FileUnits>") + "</FileUnits>\n".length());

        assertThat(QifSchema.violations(utf8(noUnits))).isEmpty();
        MeasuredCharacteristic h1 = parser.parse(utf8(noUnits)).characteristics().get(0);
        assertThat(h1.nominalMm()).isEqualTo(3500.0);
        assertThat(h1.measuredMm()).isEqualTo(3541.0);
        assertThat(h1.tolerance()).contains(new Tolerance(-100, 100));
    }

    @Test
    void readsUserDefinedCriticalityLevelsThatNameAQifLevel() {
        InspectionResults results =
                parser.parse(
                        utf8(
                                SAMPLE.replace(
                                                "<LevelEnum>MAJOR</LevelEnum>",
                                                "<OtherLevel>CRITICAL</OtherLevel>")
                                        .replace(
                                                "<LevelEnum>KEY</LevelEnum>",
                                                "<OtherLevel>REF</OtherLevel>")));

        assertThat(results.find("Rib 2 fit surface").orElseThrow().critical()).isTrue();
        assertThat(results.find("H2 diameter").orElseThrow().critical()).isFalse();
    }

    @Test
    void givesEachMeasurementOfAnItemMeasuredSeveralTimesItsOwnCharacteristic() {
        String twice =
                SAMPLE.replace(
                        "</SurfaceProfileCharacteristicMeasurement>",
                        """
                </SurfaceProfileCharacteristicMeasurement>
                            <SurfaceProfileCharacteristicMeasurement id="47">
                              <Status><CharacteristicStatusEnum>FAIL</CharacteristicStatusEnum></Status>
                              <CharacteristicItemId>24</CharacteristicItemId>
                              <Value>1.2</Value>
                            </SurfaceProfileCharacteristicMeasurement>""");

        assertThat(QifSchema.violations(utf8(twice))).isEmpty();
        assertThat(parser.parse(utf8(twice)).characteristics())
                .extracting(
                        MeasuredCharacteristic::name,
                        MeasuredCharacteristic::measuredMm,
                        MeasuredCharacteristic::status)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "Rib 2 fit surface #1", 0.62, CharacteristicStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple(
                                "Rib 2 fit surface #2", 1.2, CharacteristicStatus.FAIL));
    }

    @Test
    void takesTheMidpointOfLimitsGivenWithoutATargetValue() {
        String limits = SAMPLE.replace("<TargetValue>1.8</TargetValue>", "");

        assertThat(QifSchema.violations(utf8(limits))).isEmpty();
        MeasuredCharacteristic strut =
                parser.parse(utf8(limits)).find("Minimum strut").orElseThrow();

        assertThat(strut.nominalMm()).isEqualTo(1.85);
        assertThat(strut.tolerance()).contains(new Tolerance(-0.65, 0.65));
    }

    @Test
    void refusesSeveralMeasurementResultsWithoutNamingEveryItem() {
        String two =
                SAMPLE.replace(
                        "</MeasurementResultsSet>",
                        """
                  <MeasurementResults id="59">
                        <InspectionStatus><InspectionStatusEnum>PASS</InspectionStatusEnum></InspectionStatus>
                      </MeasurementResults>
                    </MeasurementResultsSet>""");

        assertThat(problems(two))
                .containsExactly(
                        new Problem(
                                "element /QIFDocument/Results/MeasurementResultsSet",
                                "2 MeasurementResults; one per inspected implant expected"));
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE QIFDocument [<!ENTITY xxe SYSTEM \""
                        + secret.toUri()
                        + "\">]>\n"
                        + SAMPLE.substring(SAMPLE.indexOf("<QIFDocument"))
                                .replace("<Name>H1 diameter</Name>", "<Name>&xxe;</Name>");

        InvalidEvidenceException e =
                org.assertj.core.api.Assertions.catchThrowableOfType(
                        InvalidEvidenceException.class, () -> parser.parse(utf8(xml)));

        assertThat(e.problems())
                .extracting(Problem::message)
                .containsExactly("DOCTYPE and external entities are not accepted");
        assertThat(e.toString()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void refusesExternalEntitiesAndDtdsWithoutConnecting() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            for (String doctype :
                    List.of(
                            "<!DOCTYPE QIFDocument [<!ENTITY xxe SYSTEM \"" + url + "\">]>",
                            "<!DOCTYPE QIFDocument SYSTEM \"" + url + ".dtd\">",
                            "<!DOCTYPE QIFDocument [<!ENTITY % remote SYSTEM \""
                                    + url
                                    + "\"> %remote;]>",
                            "<!DOCTYPE QIFDocument [<!ENTITY xxe SYSTEM \"http://127.0.0.1:1/\">]>")) {
                String xml =
                        doctype
                                + "\n"
                                + SAMPLE.substring(SAMPLE.indexOf("<QIFDocument"))
                                        .replace("<Name>H1 diameter</Name>", "<Name>&xxe;</Name>");

                assertThat(problems(xml))
                        .extracting(Problem::message)
                        .containsExactly("DOCTYPE and external entities are not accepted");
            }
            assertThat(connectionAttempted(server)).isFalse();
        }
    }

    @Test
    void refusesXInclude() {
        String xml =
                SAMPLE.replace(
                        "<Header>",
                        "<Header><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                                + "href=\"file:///etc/passwd\" parse=\"text\"/>");

        assertThat(problems(xml))
                .containsExactly(
                        new Problem(
                                "element /QIFDocument/Header/include", "XInclude is not accepted"));
    }

    @Test
    void readsWhatTheWriterWrites() {
        InspectionResults results = parser.parse(utf8(SAMPLE));

        assertThat(parser.parse(QifResultsXml.write(results))).isEqualTo(results);
    }

    private static boolean connectionAttempted(ServerSocket server) throws IOException {
        try {
            server.accept().close();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
