package org.implantdhr.finishing.boundary;

import java.math.BigDecimal;
import org.implantdhr.finishing.entity.VisualResult;

/** One implant's cleanliness after a run, in the units the record keeps (EU per device, mg). */
public record CleanlinessData(
        String implantSerial,
        VisualResult visualResult,
        Integer residualParticles,
        BigDecimal endotoxinEu,
        BigDecimal tocMg,
        String testedBy,
        String laboratory) {}
