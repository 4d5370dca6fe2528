package org.implantdhr.rules.facts;

import java.time.LocalDate;

/** The LPBF machine with its qualification and calibration due dates. */
public record Machine(
        String machineId,
        LocalDate qualifiedUntil,
        LocalDate o2SensorCalibrationDue,
        LocalDate laserPowerCalibrationDue) {}
