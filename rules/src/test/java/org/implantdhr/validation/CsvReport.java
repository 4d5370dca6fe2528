package org.implantdhr.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The trace matrix as CSV (RFC 4180) for a spreadsheet: one row per requirement and test that names
 * it; a requirement no test names has one row with empty test columns.
 */
public final class CsvReport {

    static final String HEADER =
            "group,requirement,description,requirement_status,note,module,test_class,test,"
                    + "test_result,test_message";

    private CsvReport() {}

    public static String of(TraceMatrix matrix) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (TracedRequirement traced : matrix.requirements()) {
            Requirement r = traced.requirement();
            List<String> requirement =
                    List.of(
                            r.group(),
                            r.id(),
                            r.description(),
                            traced.status().name(),
                            traced.note());
            if (traced.tests().isEmpty()) {
                rows.add(row(requirement, List.of("", "", "", "", "")));
            }
            for (TestEvidence test : traced.tests()) {
                rows.add(
                        row(
                                requirement,
                                List.of(
                                        test.module(),
                                        test.className(),
                                        test.test(),
                                        test.result().label(),
                                        test.message())));
            }
        }
        return String.join("\r\n", rows) + "\r\n";
    }

    private static String row(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream())
                .map(CsvReport::quoted)
                .collect(Collectors.joining(","));
    }

    private static String quoted(String field) {
        boolean plain =
                field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
