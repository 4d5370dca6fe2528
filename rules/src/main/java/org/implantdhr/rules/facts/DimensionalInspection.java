package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The dimensional inspection (scan to CAD and CMM) of the finished implant. */
public record DimensionalInspection(
        String inspectionId,
        LocalDate inspectedOn,
        String inspectorId,
        String instrumentId,
        LocalDate instrumentCalibrationDue,
        BigDecimal fitSurfacePercentInTolerance,
        BigDecimal fitProfileToleranceMm,
        List<Characteristic> characteristics) {
    public DimensionalInspection {
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
    }
}
