package org.implantdhr.build.boundary;

import java.time.LocalDate;

/** What is recorded about a machine: identity, qualification and calibration due dates. */
public record MachineData(
        String assetId,
        String model,
        String serialNumber,
        LocalDate qualifiedUntil,
        LocalDate o2SensorCalibrationDue,
        LocalDate laserPowerCalibrationDue) {}
