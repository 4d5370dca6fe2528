package org.implantdhr.web.implantation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.implantdhr.implantation.boundary.OperationRecord;
import org.implantdhr.implantation.entity.SternumResection;

/**
 * An operation as the theatre sends it: {@code serialNumber} is the serial typed, or the text of
 * the certificate's QR code (its verification address).
 */
public record OperationJson(
        @NotBlank @Size(max = 500) String serialNumber,
        @NotNull Instant operatedAt,
        @NotNull @Min(1) @Max(1440) Integer durationMinutes,
        @NotBlank @Size(max = 200) String plateSupplier,
        @NotBlank @Size(max = 60) String plateCatalogueNumber,
        @NotBlank @Size(max = 40) String plateLotNumber,
        @NotNull @Min(0) @Max(24) Integer ribsResected,
        @Size(max = 100) String ribLevels,
        @NotNull SternumResection sternumResection,
        @NotNull
                @DecimalMin(value = "0", inclusive = false)
                @DecimalMax("500")
                @Digits(integer = 3, fraction = 1)
                BigDecimal defectLengthMm,
        @NotNull
                @DecimalMin(value = "0", inclusive = false)
                @DecimalMax("500")
                @Digits(integer = 3, fraction = 1)
                BigDecimal defectWidthMm,
        @NotNull LocalDate admissionDate,
        LocalDate dischargeDate) {

    OperationRecord toRecord() {
        return new OperationRecord(
                serialNumber,
                operatedAt,
                durationMinutes,
                plateSupplier.strip(),
                plateCatalogueNumber.strip(),
                plateLotNumber.strip(),
                ribsResected,
                ribLevels,
                sternumResection,
                defectLengthMm,
                defectWidthMm,
                admissionDate,
                dischargeDate);
    }
}
