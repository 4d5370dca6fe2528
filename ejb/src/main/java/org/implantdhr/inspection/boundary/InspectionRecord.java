package org.implantdhr.inspection.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.inspection.control.InspectedCharacteristic;
import org.implantdhr.inspection.entity.ResultsFormat;

/**
 * A dimensional inspection as others read it (the API, the release facts): plain values only, the
 * characteristics in file order.
 *
 * @param inspector the inspector's username; {@code inspectorName} the printed name
 * @param fitSurfaceInTolerancePct null when it was not reported
 */
public record InspectionRecord(
        long id,
        String implantSerial,
        String instrumentCode,
        String instrumentType,
        LocalDate instrumentCalibrationDue,
        String inspector,
        String inspectorName,
        Instant inspectedAt,
        ResultsFormat format,
        long fileId,
        String fileName,
        String fileSha256,
        BigDecimal fitSurfaceInTolerancePct,
        List<InspectedCharacteristic> characteristics) {

    public InspectionRecord {
        characteristics = List.copyOf(characteristics);
    }
}
