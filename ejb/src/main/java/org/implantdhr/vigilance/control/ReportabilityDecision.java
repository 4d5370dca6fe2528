package org.implantdhr.vigilance.control;

import org.implantdhr.vigilance.entity.CaseStatus;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * Whether a case's reportability decision is signed, which is what makes its incident report final
 * rather than a draft. Today a case is only opened and triaged, and triage is no decision on
 * reportability; the e-signed decision (reportable or not, and why) is being added to the case.
 * This is the one place that reads it: when it lands, this answers from the signed decision.
 */
public final class ReportabilityDecision {

    private ReportabilityDecision() {}

    public static boolean signed(VigilanceCase c) {
        return c.status() != CaseStatus.OPEN && c.status() != CaseStatus.TRIAGED;
    }

    /** The decision in words, for the report. */
    public static String describe(VigilanceCase c) {
        return signed(c)
                ? "Reportability decision signed: case "
                        + c.caseNumber()
                        + " is "
                        + c.status()
                        + "."
                : "No reportability decision is signed for case "
                        + c.caseNumber()
                        + " (status "
                        + c.status()
                        + "): this report is a draft until it is.";
    }
}
