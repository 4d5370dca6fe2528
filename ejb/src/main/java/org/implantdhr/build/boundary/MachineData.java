package org.implantdhr.build.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is recorded about a machine: identity, qualification and calibration due dates, and the size
 * of its build plate (x by y in mm; optional, and then positions are not checked against it).
 */
public record MachineData(
        String assetId,
        String model,
        String serialNumber,
        LocalDate qualifiedUntil,
        LocalDate o2SensorCalibrationDue,
        LocalDate laserPowerCalibrationDue,
        BigDecimal plateSizeXMm,
        BigDecimal plateSizeYMm) {}
