package org.implantdhr.rules;

import java.math.BigDecimal;
import org.implantdhr.rules.criteria.Assessment;
import org.implantdhr.rules.specification.Comparison;
import org.implantdhr.rules.specification.Limit;

/** Turns an observed value or condition into a {@link Finding}; used from the rule consequences. */
public final class Judge {

    private Judge() {}

    /** PASS within the limit, FAIL outside, MISSING when nothing was observed. */
    public static Finding value(Limit limit, String subject, BigDecimal observed, String evidence) {
        return value(limit, subject, observed, evidence, Outcome.FAIL);
    }

    /**
     * Like {@link #value} but a value outside the limit is only a WARN (a KPI that never blocks).
     */
    public static Finding advisory(
            Limit limit, String subject, BigDecimal observed, String evidence) {
        return value(limit, subject, observed, evidence, Outcome.WARN);
    }

    /** FAIL outside {@code limit}; WARN inside it but outside {@code warning}; PASS inside both. */
    public static Finding valueWithWarning(
            Limit limit, Limit warning, String subject, BigDecimal observed, String evidence) {
        Finding finding = value(limit, subject, observed, evidence);
        if (finding.outcome() == Outcome.PASS && !warning.admits(observed)) {
            return new Finding(
                    limit.checkId(),
                    subject,
                    Outcome.WARN,
                    finding.measured(),
                    limit.text() + " (warning above " + warning.text() + ")",
                    limit.comparison(),
                    evidence,
                    limit.description()
                            + ": "
                            + subject
                            + " is "
                            + finding.measured()
                            + ", within the limit "
                            + limit.text()
                            + " but not within "
                            + warning.text()
                            + "; QA must acknowledge it.");
        }
        return finding;
    }

    private static Finding value(
            Limit limit, String subject, BigDecimal observed, String evidence, Outcome outside) {
        if (observed == null) {
            return missing(
                    limit.checkId(),
                    subject,
                    limit.text(),
                    evidence,
                    limit.description() + ": no value for " + subject + " is recorded.");
        }
        String measured = measuredText(limit, observed);
        boolean admitted = limit.admits(observed);
        String verdict = admitted ? "meets" : "does not meet";
        return new Finding(
                limit.checkId(),
                subject,
                admitted ? Outcome.PASS : outside,
                measured,
                limit.text(),
                limit.comparison(),
                evidence,
                limit.description()
                        + ": "
                        + subject
                        + " is "
                        + measured
                        + " and "
                        + verdict
                        + " the limit "
                        + limit.text()
                        + ".");
    }

    private static String measuredText(Limit limit, BigDecimal observed) {
        String unit = limit.unit().isEmpty() ? "" : " " + limit.unit();
        String text = observed.toPlainString() + unit;
        BigDecimal bound = limit.upper() != null ? limit.upper() : limit.lower();
        if (limit.comparison() == Comparison.ROUNDED) {
            BigDecimal rounded = limit.comparedValue(observed, bound);
            if (rounded.compareTo(observed) != 0 || rounded.scale() != observed.scale()) {
                text += " (rounded to " + rounded.toPlainString() + unit + ")";
            }
        }
        return text;
    }

    /** PASS when the observed text equals the required text value of the limit (ignoring case). */
    public static Finding text(Limit limit, String subject, String observed, String evidence) {
        if (observed == null || observed.isBlank()) {
            return missing(
                    limit.checkId(),
                    subject,
                    limit.text(),
                    evidence,
                    limit.description() + ": no value for " + subject + " is recorded.");
        }
        boolean equal = observed.trim().equalsIgnoreCase(limit.textValue());
        return new Finding(
                limit.checkId(),
                subject,
                equal ? Outcome.PASS : Outcome.FAIL,
                observed,
                limit.text(),
                Comparison.ABSOLUTE,
                evidence,
                limit.description()
                        + ": "
                        + subject
                        + " is "
                        + observed
                        + (equal ? " as required." : " but must be " + limit.text() + "."));
    }

    /**
     * A yes/no criterion whose limit row carries the description; MISSING when it cannot be
     * decided.
     */
    public static Finding criterion(
            Limit criterion, String subject, Assessment assessment, String evidence) {
        String head = criterion.description() + ": " + subject;
        if (assessment.satisfied() == null) {
            return missing(
                    criterion.checkId(),
                    subject,
                    criterion.text(),
                    evidence,
                    head + " cannot be decided, evidence absent: " + assessment.detail() + ".");
        }
        boolean met = assessment.satisfied();
        return new Finding(
                criterion.checkId(),
                subject,
                met ? Outcome.PASS : Outcome.FAIL,
                assessment.measured(),
                criterion.text(),
                Comparison.ABSOLUTE,
                evidence,
                head
                        + (met ? " meets the criterion" : " does not meet the criterion")
                        + (assessment.detail().isEmpty() ? "." : ": " + assessment.detail() + "."));
    }

    public static Finding warning(
            String checkId,
            String subject,
            String measured,
            String criterion,
            String evidence,
            String explanation) {
        return new Finding(
                checkId,
                subject,
                Outcome.WARN,
                measured,
                criterion,
                Comparison.ABSOLUTE,
                evidence,
                explanation);
    }

    public static Finding missing(
            String checkId, String subject, String criterion, String evidence, String explanation) {
        return new Finding(
                checkId,
                subject,
                Outcome.MISSING,
                "not recorded",
                criterion,
                Comparison.ABSOLUTE,
                evidence,
                explanation);
    }
}
