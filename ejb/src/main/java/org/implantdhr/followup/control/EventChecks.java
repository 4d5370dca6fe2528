package org.implantdhr.followup.control;

import java.time.LocalDate;
import org.implantdhr.followup.entity.EventOutcome;
import org.implantdhr.followup.entity.EventReport;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * The checks an adverse event passes before anything is stored: a CTCAE term from the shipped list
 * and a grade that term allows; a serious event names its criterion, a non-serious one none; onset
 * after the operation and not after today; a resolution not before the onset, and one for an
 * outcome that has ended; grade 5 and a fatal outcome go together.
 */
public final class EventChecks {

    private EventChecks() {}

    /** The report as stored: the term's text and the CTCAE version from the shipped list. */
    public static EventReport check(EventReport r, LocalDate operationDay, LocalDate today) {
        if (r.ctcaeVersion() != null && !r.ctcaeVersion().equals(CtcaeTerms.VERSION)) {
            throw new InvalidRequestException(
                    "ctcaeVersion",
                    "Adverse events are graded by CTCAE "
                            + CtcaeTerms.VERSION
                            + ", not "
                            + r.ctcaeVersion());
        }
        CtcaeTerm term =
                CtcaeTerms.byCode(r.termCode())
                        .orElseThrow(
                                () ->
                                        new InvalidRequestException(
                                                "termCode",
                                                "No CTCAE "
                                                        + CtcaeTerms.VERSION
                                                        + " term with the MedDRA code "
                                                        + r.termCode()
                                                        + " in the shipped term list"));
        if (!term.allows(r.grade())) {
            throw new InvalidRequestException(
                    "grade",
                    "CTCAE "
                            + CtcaeTerms.VERSION
                            + " grades "
                            + term.text()
                            + " "
                            + term.grades()
                            + ": grade "
                            + r.grade()
                            + " is not one of them");
        }
        String specify =
                r.specifyText() == null || r.specifyText().isBlank()
                        ? null
                        : r.specifyText().strip();
        if (term.specify() && specify == null) {
            throw new InvalidRequestException(
                    "specifyText", term.text() + ": name the event (specify)");
        }
        if (specify != null && specify.length() > 500) {
            throw new InvalidRequestException("specifyText", "At most 500 characters");
        }
        if (r.serious() != (r.seriousCriterion() != null)) {
            throw new InvalidRequestException(
                    "seriousCriterion",
                    r.serious()
                            ? "A serious adverse event names why it is serious"
                            : "An event that is not serious has no seriousness criterion");
        }
        require("onsetDate", r.onsetDate());
        require("deviceAttribution", r.deviceAttribution());
        require("procedureAttribution", r.procedureAttribution());
        require("actionTaken", r.actionTaken());
        require("outcome", r.outcome());
        if (r.onsetDate().isBefore(operationDay)) {
            throw new InvalidRequestException(
                    "onsetDate",
                    "An adverse event after the implantation starts on or after the operation ("
                            + operationDay
                            + "): "
                            + r.onsetDate());
        }
        if (r.onsetDate().isAfter(today)) {
            throw new InvalidRequestException(
                    "onsetDate", "The onset " + r.onsetDate() + " is in the future");
        }
        LocalDate resolved = r.resolutionDate();
        if (resolved != null) {
            if (resolved.isBefore(r.onsetDate()) || resolved.isAfter(today)) {
                throw new InvalidRequestException(
                        "resolutionDate",
                        "The resolution lies between the onset ("
                                + r.onsetDate()
                                + ") and today: "
                                + resolved);
            }
            if (!r.outcome().resolved()) {
                throw new InvalidRequestException(
                        "resolutionDate",
                        "An event with the outcome " + r.outcome() + " has no resolution date");
            }
        } else if (r.outcome().resolved()) {
            throw new InvalidRequestException(
                    "resolutionDate", "The outcome " + r.outcome() + " needs its date");
        }
        if ((r.grade() == 5) != (r.outcome() == EventOutcome.FATAL)) {
            throw new InvalidRequestException(
                    "grade", "Grade 5 is death related to the event: it goes with outcome FATAL");
        }
        String description =
                r.description() == null || r.description().isBlank()
                        ? null
                        : r.description().strip();
        if (description != null && description.length() > 2000) {
            throw new InvalidRequestException("description", "At most 2000 characters");
        }
        return new EventReport(
                CtcaeTerms.VERSION,
                term.code(),
                term.text(),
                specify,
                r.grade(),
                r.serious(),
                r.seriousCriterion(),
                r.onsetDate(),
                resolved,
                r.deviceAttribution(),
                r.procedureAttribution(),
                r.actionTaken(),
                r.outcome(),
                description);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidRequestException(field, "Required");
        }
    }
}
