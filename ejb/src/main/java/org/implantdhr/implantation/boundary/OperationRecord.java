package org.implantdhr.implantation.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.implantdhr.implantation.entity.SternumResection;

/**
 * An operation as the theatre reports it: the implant by its serial (typed, or read from the
 * certificate's QR code), the separation-plate lot used by its supplier, catalogue number and lot,
 * and the rest of {@link org.implantdhr.implantation.entity.Operation}.
 */
public record OperationRecord(
        String serialNumber,
        Instant operatedAt,
        Integer durationMinutes,
        String plateSupplier,
        String plateCatalogueNumber,
        String plateLotNumber,
        Integer ribsResected,
        String ribLevels,
        SternumResection sternumResection,
        BigDecimal defectLengthMm,
        BigDecimal defectWidthMm,
        LocalDate admissionDate,
        LocalDate dischargeDate) {}
