package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The stress-relief run; its chart is analysed into {@link
 * org.implantdhr.rules.furnace.FurnaceMeasures}.
 */
public record HeatTreatment(
        String runId,
        String furnaceId,
        String buildId,
        String recipeId,
        BigDecimal recipeSetpointC,
        FurnaceAtmosphere atmosphere,
        Instant startedAt,
        Instant endedAt,
        String chartSha256,
        String operatorId) {

    public LocalDate runDate() {
        return startedAt == null ? null : LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
    }
}
