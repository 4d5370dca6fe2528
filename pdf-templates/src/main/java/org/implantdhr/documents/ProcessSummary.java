package org.implantdhr.documents;

public record ProcessSummary(
        BuildRecord build,
        HeatTreatmentRun heatTreatment,
        CleaningRecord cleaning,
        DimensionalSummary dimensional) {}
