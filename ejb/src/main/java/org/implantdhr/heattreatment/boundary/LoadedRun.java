package org.implantdhr.heattreatment.boundary;

import java.util.List;
import org.implantdhr.heattreatment.entity.HeatTreatmentRun;

/** A heat-treatment run with the names the record shows: its operator and what was in the load. */
public record LoadedRun(
        HeatTreatmentRun run,
        String operator,
        List<String> implantSerials,
        List<String> couponCodes) {}
