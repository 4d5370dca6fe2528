package org.implantdhr.documents;

public record DimensionalSummary(
        String inspectionId,
        String method,
        int featuresMeasured,
        int featuresInTolerance,
        String largestDeviation) {}
