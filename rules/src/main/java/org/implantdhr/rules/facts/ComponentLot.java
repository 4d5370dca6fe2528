package org.implantdhr.rules.facts;

import java.time.LocalDate;

/** The lot of the second component (polyester or PTFE separation plate). */
public record ComponentLot(
        String supplier,
        String catalogueNumber,
        String lotNumber,
        String certificateOfConformanceRef,
        LocalDate expiryDate,
        Boolean sterile,
        String sterilisationMethod) {}
