package org.implantdhr.documents;

import java.time.LocalDate;
import java.util.Objects;

/** The patient is known only by a pseudonym: there is deliberately no field for a name. */
public record CaseReference(
        String caseId,
        String patientPseudonym,
        String hospital,
        String surgeon,
        LocalDate plannedSurgeryDate) {
    public CaseReference {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(patientPseudonym, "patientPseudonym");
    }
}
