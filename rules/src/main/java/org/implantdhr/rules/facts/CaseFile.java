package org.implantdhr.rules.facts;

import java.time.LocalDate;

/** The implant case: planned surgery and the prescribing surgeon. */
public record CaseFile(String caseId, LocalDate plannedSurgeryDate, String prescribingSurgeonId) {}
