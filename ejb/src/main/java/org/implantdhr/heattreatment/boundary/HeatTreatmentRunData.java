package org.implantdhr.heattreatment.boundary;

import org.implantdhr.heattreatment.entity.FurnaceAtmosphere;

import java.time.Instant;
import java.util.List;

/** What an operator records about a heat-treatment run when loading it: the furnace, recipe and load list. */
public record HeatTreatmentRunData(String runNumber, String furnace, String recipe, String operator,
                                   FurnaceAtmosphere atmosphere, Instant doorOpenedAt,
                                   List<String> implantSerials, List<String> couponCodes) {
}
