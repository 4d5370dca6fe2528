package org.implantdhr.vigilance.boundary;

import java.util.List;

/**
 * Whether a case's incident report is final or a draft, in words for the report and the page: final
 * once a reportability decision under the EU MDR is signed for the case (the latest one counts, as
 * new information is a new decision), a draft until then. The one place that says so.
 */
public record ReportStatus(boolean draft, String words) {

    static ReportStatus of(String caseNumber, List<DecisionRecord> decisions) {
        return decisions.stream()
                .filter(d -> d.framework().equals("EU_MDR"))
                .reduce((earlier, later) -> later)
                .map(ReportStatus::signed)
                .orElseGet(
                        () ->
                                new ReportStatus(
                                        true,
                                        "No reportability decision under the EU MDR is signed for"
                                                + " case "
                                                + caseNumber
                                                + ": this report is a draft until it is."));
    }

    private static ReportStatus signed(DecisionRecord d) {
        return new ReportStatus(
                false,
                "Reportability decision signed by "
                        + d.decidedBy()
                        + " at "
                        + d.decidedAt()
                        + ": "
                        + (d.reportable() ? "reportable" : "not reportable")
                        + " under "
                        + d.frameworkLabel()
                        + (d.deadline() == null
                                ? ""
                                : " (" + d.deadlineSource() + ", due " + d.dueOn() + ")")
                        + ". "
                        + d.reason());
    }
}
