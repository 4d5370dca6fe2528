package org.implantdhr.followup.boundary;

import java.time.LocalDate;
import org.implantdhr.followup.entity.FollowUpStatus;
import org.implantdhr.followup.entity.VisitState;

/** A visit that needs someone: the patient by pseudonym and serial, the surgeon, the hospital. */
public record WorklistRow(
        String serialNumber,
        String patientPseudonym,
        String hospital,
        String surgeon,
        String visitCode,
        LocalDate target,
        LocalDate windowStart,
        LocalDate windowEnd,
        VisitState state,
        FollowUpStatus followUpStatus) {}
