package org.implantdhr.documents;

import java.time.ZonedDateTime;

public record HeatTreatmentRun(
        String runId,
        String furnace,
        String cycle,
        ZonedDateTime started,
        ZonedDateTime finished,
        FurnaceCurve curve) {}
