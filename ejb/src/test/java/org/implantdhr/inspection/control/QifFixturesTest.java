package org.implantdhr.inspection.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.implantdhr.evidence.control.EvidenceProblems;
import org.junit.jupiter.api.Test;

/**
 * The product's own QIF files are checked against the QIF 3.0 schema, not only against the
 * product's parser.
 */
class QifFixturesTest {

    @Test
    void theSampleFixtureIsValidQif3() {
        assertThat(QifSchema.violations(EvidenceProblems.sample("cmm-results.qif"))).isEmpty();
    }

    @Test
    void whatTheWriterWritesIsValidQif3() {
        InspectionResults all =
                new QifResultsParser().parse(EvidenceProblems.sample("cmm-results.qif"));
        InspectionResults passing =
                new InspectionResults(
                        List.of(
                                new MeasuredCharacteristic(
                                        "H1",
                                        CharacteristicKind.HOLE_DIAMETER,
                                        3.5,
                                        Optional.of(
                                                new MeasuredCharacteristic.Tolerance(-0.1, 0.1)),
                                        3.52,
                                        CharacteristicStatus.PASS,
                                        true)));

        assertThat(QifSchema.violations(QifResultsXml.write(all))).isEmpty();
        assertThat(QifSchema.violations(QifResultsXml.write(passing))).isEmpty();
    }

    @Test
    void theSchemaCatchesWhatTheStandardForbids() {
        String sample =
                new String(
                        EvidenceProblems.sample("cmm-results.qif"),
                        java.nio.charset.StandardCharsets.UTF_8);

        assertThat(
                        QifSchema.violations(
                                EvidenceProblems.utf8(
                                        sample.replace("<Results>", "<MeasurementsResults>")
                                                .replace("</Results>", "</MeasurementsResults>"))))
                .isNotEmpty();
        assertThat(
                        QifSchema.violations(
                                EvidenceProblems.utf8(
                                        sample.replace(
                                                "<CharacteristicItemId>21<",
                                                "<CharacteristicItemId>999<"))))
                .anySatisfy(v -> assertThat(v).contains("999"));
    }
}
