package org.implantdhr.web.build;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.implantdhr.build.boundary.MachineData;
import org.implantdhr.build.entity.Machine;

/**
 * An LPBF machine with its qualification and calibration due dates and its build plate's size (x by
 * y in mm, optional); {@code reason} only for corrections.
 */
public record MachineJson(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String assetId,
        @NotBlank @Size(max = 100) String model,
        @NotBlank @Size(max = 60) String serialNumber,
        LocalDate qualifiedUntil,
        LocalDate o2SensorCalibrationDue,
        LocalDate laserPowerCalibrationDue,
        BigDecimal plateSizeXMm,
        BigDecimal plateSizeYMm,
        @Size(max = 2000) String reason) {

    MachineData toData() {
        return new MachineData(
                assetId,
                model,
                serialNumber,
                qualifiedUntil,
                o2SensorCalibrationDue,
                laserPowerCalibrationDue,
                plateSizeXMm,
                plateSizeYMm);
    }

    static MachineJson of(Machine m) {
        return new MachineJson(
                m.assetId(),
                m.model(),
                m.serialNumber(),
                m.qualifiedUntil(),
                m.o2SensorCalibrationDue(),
                m.laserPowerCalibrationDue(),
                m.plateSizeXMm(),
                m.plateSizeYMm(),
                null);
    }
}
