package org.implantdhr.inspection.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.implantdhr.evidence.control.EvidenceProblems;
import org.implantdhr.evidence.control.InvalidEvidenceException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QIF 3 results files as CMM software writes them: the samples the QIF community publishes
 * (qif-community, samples/Results and samples/QIFwidget; see test resources qif/community). Each is
 * valid against the official QIF 3.0 schema, and each imports; what the product can judge is what
 * they contain.
 */
class QifCommunitySamplesTest {

    private final QifResultsParser parser = new QifResultsParser();

    static byte[] sample(String name) {
        try (InputStream in =
                QifCommunitySamplesTest.class
                        .getClassLoader()
                        .getResourceAsStream("qif/community/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "QIF_PTS_SAMPLE.QIF",
                "QIF_Results_Sample.QIF",
                "mitutoyo_results_serialized_pass_fail_sample.QIF",
                "testPython30.qif",
                "WIDGET_QIF_RESULTS.QIF",
                "WIDGET_QIF_RESULTS_W_QPIDS.QIF",
                "SheetMetal_QIF_Results_sample_1.QIF",
                "SheetMetal_QIF_Results_6_samples.QIF"
            })
    void everySampleIsValidQif3(String name) {
        assertThat(QifSchema.violations(sample(name))).isEmpty();
    }

    @Test
    void calypsosResultsSampleImportsWithItsCriticalMarksAndWithoutItsBasicDimensions() {
        InspectionResults results = parser.parse(sample("QIF_Results_Sample.QIF"));

        // 13 measurements of 11 items; the two BASIC_OR_TED ones (a coordinate and a diameter) are
        // reported, not judged
        assertThat(results.characteristics()).hasSize(11);
        assertThat(results.characteristics())
                .filteredOn(MeasuredCharacteristic::critical)
                .extracting(
                        MeasuredCharacteristic::name,
                        MeasuredCharacteristic::kind,
                        MeasuredCharacteristic::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "4 #1", CharacteristicKind.OTHER, CharacteristicStatus.FAIL),
                        org.assertj.core.groups.Tuple.tuple(
                                "4 #2", CharacteristicKind.OTHER, CharacteristicStatus.FAIL),
                        org.assertj.core.groups.Tuple.tuple(
                                "7", CharacteristicKind.HOLE_POSITION, CharacteristicStatus.PASS));
        MeasuredCharacteristic hole = results.find("6").orElseThrow();
        assertThat(hole.kind()).isEqualTo(CharacteristicKind.HOLE_DIAMETER);
        assertThat(hole.nominalMm()).isEqualTo(10.0);
        assertThat(hole.tolerance()).contains(new MeasuredCharacteristic.Tolerance(-0.4, 0.4));
        assertThat(hole.measuredMm()).isEqualTo(9.499476);
        assertThat(hole.status()).isEqualTo(CharacteristicStatus.FAIL);
    }

    @Test
    void theWidgetImportsEveryMeasurement() {
        InspectionResults results = parser.parse(sample("WIDGET_QIF_RESULTS.QIF"));

        assertThat(results.characteristics()).hasSize(42);
        assertThat(results.characteristics())
                .filteredOn(c -> c.status() == CharacteristicStatus.FAIL)
                .hasSize(5);
        assertThat(results.find("17 #3").orElseThrow().measuredMm()).isEqualTo(9.47);
        assertThat(parser.parse(sample("WIDGET_QIF_RESULTS_W_QPIDS.QIF"))).isEqualTo(results);
    }

    @Test
    void thePtsSampleImportsWithoutItsAngle() {
        InspectionResults results = parser.parse(sample("QIF_PTS_SAMPLE.QIF"));

        // 27 measurements; the AngleBetween characteristic is angular and not critical: left out
        assertThat(results.characteristics()).hasSize(26);
        assertThat(results.characteristics())
                .extracting(MeasuredCharacteristic::kind)
                .contains(CharacteristicKind.HOLE_DIAMETER, CharacteristicKind.HOLE_POSITION);
    }

    @Test
    void checkMatesPythonSampleImportsWithLimitsAroundTheirMidpoint() {
        InspectionResults results = parser.parse(sample("testPython30.qif"));

        assertThat(results.characteristics()).hasSize(7);
        MeasuredCharacteristic diam2 = results.find("DIAM2").orElseThrow();
        assertThat(diam2.nominalMm()).isEqualTo(6.4);
        assertThat(diam2.tolerance()).contains(new MeasuredCharacteristic.Tolerance(-0.1, 0.1));
        assertThat(diam2.status()).isEqualTo(CharacteristicStatus.FAIL);
    }

    @Test
    void theSheetMetalSampleImports() {
        assertThat(parser.parse(sample("SheetMetal_QIF_Results_sample_1.QIF")).characteristics())
                .hasSize(38);
    }

    @Test
    void aFileWithOnlyAnOverallVerdictHasNoCharacteristicAndIsRefusedOnUpload() {
        byte[] mitutoyo = sample("mitutoyo_results_serialized_pass_fail_sample.QIF");

        assertThat(parser.parse(mitutoyo).characteristics()).isEmpty();
        assertThat(
                        EvidenceProblems.of(
                                () ->
                                        ResultsFiles.parse(
                                                org.implantdhr.inspection.entity.ResultsFormat.QIF,
                                                mitutoyo)))
                .containsExactly(new Problem("file", "the file holds no characteristic"));
    }

    @Test
    void sixPartsInOneFileAreRefused() {
        List<Problem> problems =
                EvidenceProblems.of(
                        () -> parser.parse(sample("SheetMetal_QIF_Results_6_samples.QIF")));

        assertThat(problems)
                .containsExactly(
                        new Problem(
                                "element /QIFDocument/Results/MeasurementResultsSet",
                                "6 MeasurementResults; one per inspected implant expected"));
    }
}
