package org.implantdhr.rules.facts;

import java.math.BigDecimal;

/** The final cleaning run and the cleanliness results of this implant. */
public record Cleaning(
        String runId,
        String processId,
        String processVersion,
        String implantFamily,
        InspectionResult visualResult,
        BigDecimal residualParticles,
        BigDecimal endotoxinEuPerDevice,
        BigDecimal tocMgPerImplant,
        String testedBy) {}
