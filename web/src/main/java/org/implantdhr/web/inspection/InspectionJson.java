package org.implantdhr.web.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.inspection.boundary.InspectionRecord;
import org.implantdhr.inspection.control.InspectedCharacteristic;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;

/** A dimensional inspection as the API shows it; lengths as {"value": 3.541, "unit": "mm"}. */
public record InspectionJson(
        long id,
        String implantSerial,
        Instrument instrument,
        Inspector inspector,
        Instant inspectedAt,
        String format,
        ResultsFile file,
        Quantity fitSurfaceInTolerance,
        List<Characteristic> characteristics) {

    /** The instrument and its calibration due date as recorded now. */
    public record Instrument(String code, String type, LocalDate calibrationDue) {}

    public record Inspector(String username, String name) {}

    /** The results file as uploaded: download it from /api/inspections/{id}/file. */
    public record ResultsFile(long fileId, String fileName, String sha256) {}

    public record Characteristic(
            int seq,
            String name,
            String kind,
            Quantity nominal,
            Quantity lowerTolerance,
            Quantity upperTolerance,
            Quantity measured,
            String status,
            boolean critical) {
        static Characteristic of(InspectedCharacteristic c) {
            return new Characteristic(
                    c.seq(),
                    c.name(),
                    c.kind(),
                    mm(c.nominalMm()),
                    mm(c.lowerToleranceMm()),
                    mm(c.upperToleranceMm()),
                    mm(c.measuredMm()),
                    c.status(),
                    c.critical());
        }

        private static Quantity mm(Double value) {
            return value == null ? null : Units.MILLIMETRE.of(BigDecimal.valueOf(value));
        }
    }

    static InspectionJson of(InspectionRecord r) {
        return new InspectionJson(
                r.id(),
                r.implantSerial(),
                new Instrument(
                        r.instrumentCode(), r.instrumentType(), r.instrumentCalibrationDue()),
                new Inspector(r.inspector(), r.inspectorName()),
                r.inspectedAt(),
                r.format().name(),
                new ResultsFile(r.fileId(), r.fileName(), r.fileSha256()),
                Units.PERCENT.of(r.fitSurfaceInTolerancePct()),
                r.characteristics().stream().map(Characteristic::of).toList());
    }
}
