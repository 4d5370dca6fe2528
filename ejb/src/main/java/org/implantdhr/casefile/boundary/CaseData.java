package org.implantdhr.casefile.boundary;

import java.time.LocalDate;

/**
 * What an order for an implant says, as an engineer records it. The surgeon is named by user name.
 */
public record CaseData(
        String caseNumber,
        String hospital,
        String surgeon,
        String patientPseudonym,
        String regulatoryPathway,
        LocalDate plannedSurgeryDate,
        String deviceName,
        String deviceModel,
        String prescriptionReference) {}
