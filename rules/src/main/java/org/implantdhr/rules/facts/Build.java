package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The build job: machine, people, powder batch, times, gas and the events from its log. */
public record Build(
        String buildId,
        String machineId,
        String operatorId,
        String programmerId,
        String powderBatchId,
        Instant startedAt,
        Instant endedAt,
        String gas,
        BigDecimal logLayerThicknessUm,
        String logSha256,
        List<BuildEvent> events) {
    public Build {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public LocalDate startDate() {
        return startedAt == null ? null : LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
    }

    public LocalDate endDate() {
        return endedAt == null ? null : LocalDate.ofInstant(endedAt, ZoneOffset.UTC);
    }
}
