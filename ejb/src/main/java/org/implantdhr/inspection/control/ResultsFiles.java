package org.implantdhr.inspection.control;

import java.util.ArrayList;
import java.util.List;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.inspection.entity.ResultsFormat;

/**
 * Reads a results file with the parser of its format, and refuses what parses but does not fit the
 * record (a characteristic name longer than the column holds).
 */
public final class ResultsFiles {

    private static final int MAX_NAME_LENGTH = 100;

    private ResultsFiles() {}

    public static InspectionResults parse(ResultsFormat format, byte[] content) {
        InspectionResults results =
                switch (format) {
                    case CSV -> new CmmResultsCsvParser().parse(content);
                    case QIF -> new QifResultsParser().parse(content);
                };
        List<InvalidEvidenceException.Problem> problems = new ArrayList<>();
        if (results.characteristics().isEmpty()) {
            problems.add(
                    new InvalidEvidenceException.Problem(
                            "file", "the file holds no characteristic"));
        }
        int position = 0;
        for (MeasuredCharacteristic c : results.characteristics()) {
            position++;
            if (c.name().length() > MAX_NAME_LENGTH) {
                problems.add(
                        new InvalidEvidenceException.Problem(
                                "characteristic " + position,
                                "the name is longer than " + MAX_NAME_LENGTH + " characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(title(format), problems);
        }
        return results;
    }

    public static EvidenceKind kind(ResultsFormat format) {
        return format == ResultsFormat.CSV
                ? EvidenceKind.CMM_RESULTS_CSV
                : EvidenceKind.QIF_RESULTS;
    }

    private static String title(ResultsFormat format) {
        return format == ResultsFormat.CSV ? CmmResultsCsvParser.TITLE : QifResultsParser.TITLE;
    }
}
