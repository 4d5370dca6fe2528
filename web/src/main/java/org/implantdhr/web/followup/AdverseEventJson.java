package org.implantdhr.web.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.implantdhr.followup.entity.ActionTaken;
import org.implantdhr.followup.entity.AdverseEvent;
import org.implantdhr.followup.entity.Attribution;
import org.implantdhr.followup.entity.EventOutcome;
import org.implantdhr.followup.entity.EventReport;
import org.implantdhr.followup.entity.SeriousCriterion;

/**
 * An adverse event by CTCAE: {@code termCode} is the term's MedDRA code from the shipped term list
 * (GET /follow-ups/ctcae-terms), the grade one that term allows. {@code visitCode} names the visit
 * it was seen at (optional); {@code reason} is required for a correction.
 */
public record AdverseEventJson(
        Long id,
        @Size(max = 20) String visitCode,
        @Size(max = 10) String ctcaeVersion,
        @NotBlank @Size(max = 20) String termCode,
        String termText,
        @Size(max = 500) String specifyText,
        @NotNull @Min(-100) @Max(100) Integer grade,
        @NotNull Boolean serious,
        SeriousCriterion seriousCriterion,
        @NotNull LocalDate onsetDate,
        LocalDate resolutionDate,
        @NotNull Attribution deviceAttribution,
        @NotNull Attribution procedureAttribution,
        @NotNull ActionTaken actionTaken,
        @NotNull EventOutcome outcome,
        @Size(max = 2000) String description,
        @Size(max = 2000) String reason) {

    EventReport report() {
        return new EventReport(
                ctcaeVersion,
                termCode,
                termText,
                specifyText,
                grade,
                serious,
                seriousCriterion,
                onsetDate,
                resolutionDate,
                deviceAttribution,
                procedureAttribution,
                actionTaken,
                outcome,
                description);
    }

    static AdverseEventJson of(AdverseEvent a) {
        return new AdverseEventJson(
                a.id(),
                null,
                a.ctcaeVersion(),
                a.termCode(),
                a.termText(),
                a.specifyText(),
                a.grade(),
                a.serious(),
                a.seriousCriterion(),
                a.onsetDate(),
                a.resolutionDate(),
                a.deviceAttribution(),
                a.procedureAttribution(),
                a.actionTaken(),
                a.outcome(),
                a.description(),
                null);
    }
}
