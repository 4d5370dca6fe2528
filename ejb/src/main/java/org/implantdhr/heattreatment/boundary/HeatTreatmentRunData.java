package org.implantdhr.heattreatment.boundary;

import java.time.Instant;
import java.util.List;
import org.implantdhr.heattreatment.entity.FurnaceAtmosphere;

/**
 * What an operator records about a heat-treatment run when loading it: the furnace, recipe and load
 * list.
 */
public record HeatTreatmentRunData(
        String runNumber,
        String furnace,
        String recipe,
        String operator,
        FurnaceAtmosphere atmosphere,
        Instant doorOpenedAt,
        List<String> implantSerials,
        List<String> couponCodes) {}
