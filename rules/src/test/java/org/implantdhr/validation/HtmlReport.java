package org.implantdhr.validation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trace matrix as one self-contained HTML page: the counts first, then each group's
 * requirements with their status and the tests that prove them, then any tag that names no
 * requirement.
 */
public final class HtmlReport {

    private static final String STYLE =
            """
            body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eee}
            .PASSED,.passed{color:#075e07;font-weight:bold}.FAILED,.failed{color:#b00;font-weight:bold}
            .GAP{color:#8a4b00;font-weight:bold}.skipped,.not-run{color:#666}tr.GAP td,tr.FAILED td{background:#fff4e5}
            ul{margin:0;padding-left:1.2em}small{color:#555}td.n{text-align:right}""";

    /**
     * More tests than this (parameterized ones) are counted per test method; only those that did
     * not pass are listed.
     */
    private static final int LISTED = 12;

    private HtmlReport() {}

    public static String of(TraceMatrix matrix, RunDescription run) {
        StringBuilder html = new StringBuilder();
        html.append(
                        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Validation report – ")
                .append(e(run.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>Validation report – ")
                .append(e(run.title()))
                .append("</h1>\n<p>")
                .append(e(run.summary()))
                .append("</p>\n");
        summary(html, matrix);
        for (Map.Entry<String, List<TracedRequirement>> group : matrix.byGroup().entrySet()) {
            group(html, group.getKey(), group.getValue());
        }
        unknownTags(html, matrix.unknownTags());
        html.append(
                "<h2>How to read this report</h2><p>Each requirement is named in the tests by a JUnit tag with its "
                        + "id (<code>@Tag(\"CFR-11.10e\")</code>), a check of the release specification also by a boundary "
                        + "case that publishes it. It <span class=\"PASSED\">PASSED</span> when at least one of its tests "
                        + "passed in this run and none failed, <span class=\"FAILED\">FAILED</span> when one failed, and is a "
                        + "<span class=\"GAP\">GAP</span> otherwise: no test names it, or its tests were skipped or not run "
                        + "by this build (known from an earlier run).</p>\n</body></html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, TraceMatrix matrix) {
        html.append(
                "<h2>Summary</h2>\n<table><tr><th>Requirements</th><th>total</th><th>passed</th><th>failed</th>"
                        + "<th>gaps</th></tr>\n");
        for (Map.Entry<String, List<TracedRequirement>> group : matrix.byGroup().entrySet()) {
            summaryRow(html, group.getKey(), group.getValue());
        }
        summaryRow(html, "All", matrix.requirements());
        html.append("</table>\n<p>Tests: ")
                .append(matrix.tests().size())
                .append(" known, ")
                .append(matrix.countTests(TestResult.PASSED))
                .append(" passed, ")
                .append(matrix.countTests(TestResult.FAILED))
                .append(" failed, ")
                .append(matrix.countTests(TestResult.SKIPPED))
                .append(" skipped, ")
                .append(matrix.countTests(TestResult.NOT_RUN))
                .append(" not run by this build; ")
                .append(
                        matrix.tests().stream()
                                .filter(
                                        t ->
                                                matrix.requirements().stream()
                                                        .anyMatch(r -> r.tests().contains(t)))
                                .count())
                .append(" of them prove a requirement.</p>\n");
        List<String> open =
                matrix.requirements().stream()
                        .filter(r -> r.status() != RequirementStatus.PASSED)
                        .map(r -> r.requirement().id() + " (" + r.status() + ")")
                        .toList();
        html.append("<p>Not passed: ")
                .append(open.isEmpty() ? "none" : e(String.join(", ", open)))
                .append("</p>\n");
    }

    private static void summaryRow(
            StringBuilder html, String name, List<TracedRequirement> requirements) {
        html.append("<tr><td>")
                .append(e(name))
                .append("</td><td class=\"n\">")
                .append(requirements.size());
        for (RequirementStatus status : RequirementStatus.values()) {
            html.append("</td><td class=\"n\">")
                    .append(requirements.stream().filter(r -> r.status() == status).count());
        }
        html.append("</td></tr>\n");
    }

    private static void group(
            StringBuilder html, String name, List<TracedRequirement> requirements) {
        html.append("<h2>")
                .append(e(name))
                .append(
                        "</h2>\n<table><tr><th>Requirement</th><th>What it asks</th>"
                                + "<th>Status</th><th>Tests (result · module · class › test)</th><th>Note</th></tr>\n");
        for (TracedRequirement traced : requirements) {
            RequirementStatus status = traced.status();
            html.append("<tr class=\"")
                    .append(status)
                    .append("\" id=\"")
                    .append(e(traced.requirement().id()))
                    .append("\"><td>")
                    .append(e(traced.requirement().id()))
                    .append("</td><td>")
                    .append(e(traced.requirement().description()))
                    .append("</td><td class=\"")
                    .append(status)
                    .append("\">")
                    .append(status)
                    .append("</td><td>");
            tests(html, traced.tests());
            html.append("</td><td>").append(e(traced.note())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void tests(StringBuilder html, List<TestEvidence> tests) {
        if (tests.isEmpty()) {
            html.append("—");
            return;
        }
        if (tests.size() > LISTED) {
            summarized(html, tests);
            return;
        }
        html.append("<ul>");
        for (TestEvidence test : tests) {
            String label = test.result().label();
            html.append("<li><span class=\"")
                    .append(label.replace(' ', '-'))
                    .append("\">")
                    .append(label)
                    .append("</span> · ")
                    .append(e(test.module()))
                    .append(" · ")
                    .append(e(test.simpleClassName()))
                    .append(" › ")
                    .append(e(test.test()));
            if (test.result() != TestResult.PASSED && !test.message().isEmpty()) {
                html.append("<br><small>").append(e(test.message())).append("</small>");
            }
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private static void summarized(StringBuilder html, List<TestEvidence> tests) {
        Map<String, List<TestEvidence>> byMethod =
                tests.stream()
                        .collect(
                                Collectors.groupingBy(
                                        t ->
                                                t.module()
                                                        + " · "
                                                        + t.simpleClassName()
                                                        + " › "
                                                        + t.test().replaceFirst(" › .*", ""),
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        html.append("<ul>");
        byMethod.forEach(
                (method, invocations) -> {
                    html.append("<li>").append(e(method)).append(": ");
                    html.append(
                            Arrays.stream(TestResult.values())
                                    .filter(
                                            r ->
                                                    invocations.stream()
                                                            .anyMatch(t -> t.result() == r))
                                    .map(
                                            r ->
                                                    "<span class=\""
                                                            + r.label().replace(' ', '-')
                                                            + "\">"
                                                            + invocations.stream()
                                                                    .filter(t -> t.result() == r)
                                                                    .count()
                                                            + " "
                                                            + r.label()
                                                            + "</span>")
                                    .collect(Collectors.joining(", ")));
                    html.append("</li>");
                });
        html.append("</ul>");
        List<TestEvidence> notPassed =
                tests.stream().filter(t -> t.result() != TestResult.PASSED).toList();
        if (!notPassed.isEmpty()) {
            html.append(
                    notPassed.size() > LISTED
                            ? "Not passed, the first " + LISTED + ":"
                            : "Not passed:");
            tests(html, notPassed.subList(0, Math.min(LISTED, notPassed.size())));
        }
    }

    private static void unknownTags(StringBuilder html, Map<String, List<TestEvidence>> unknown) {
        html.append("<h2>Tags that name no requirement</h2>\n");
        if (unknown.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table><tr><th>Tag</th><th>Tests</th></tr>\n");
        unknown.forEach(
                (tag, tests) -> {
                    html.append("<tr><td>").append(e(tag)).append("</td><td>");
                    tests(html, tests);
                    html.append("</td></tr>\n");
                });
        html.append("</table>\n");
    }

    private static String e(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
