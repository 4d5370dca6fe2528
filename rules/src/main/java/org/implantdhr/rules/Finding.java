package org.implantdhr.rules;

import java.util.Comparator;
import java.util.Objects;
import org.implantdhr.rules.specification.Comparison;

/**
 * The result of one check for one subject (a CT scan, a powder lot's element, a coupon's property
 * ...).
 *
 * @param measured the observed value as text with its unit, or what was found
 * @param limit the limit or criterion as text
 * @param evidence the record or file the value came from
 * @param message a sentence a QA person understands
 */
public record Finding(
        String checkId,
        String subject,
        Outcome outcome,
        String measured,
        String limit,
        Comparison comparison,
        String evidence,
        String message) {

    public static final Comparator<Finding> BY_CHECK_THEN_SUBJECT =
            Comparator.comparing(Finding::checkId).thenComparing(Finding::subject);

    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        measured = measured == null ? "" : measured;
        limit = limit == null ? "" : limit;
        comparison = comparison == null ? Comparison.ABSOLUTE : comparison;
        evidence = evidence == null ? "" : evidence;
        message = message == null ? "" : message;
    }
}
