package org.implantdhr.build.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * An LPBF machine with its qualification and the due dates of the calibrations the build rules
 * check.
 */
@Entity
@Table(name = "machine")
@NamedQuery(
        name = Machine.BY_ASSET_ID,
        query = "select m from Machine m where m.assetId = :assetId")
public class Machine extends Recorded implements Audited {

    public static final String BY_ASSET_ID = "Machine.byAssetId";

    @Column(name = "asset_id", nullable = false, updatable = false)
    private String assetId;

    @Column(nullable = false)
    private String model;

    @Column(name = "serial_number", nullable = false)
    private String serialNumber;

    @Column(name = "qualified_until")
    private LocalDate qualifiedUntil;

    @Column(name = "o2_sensor_calibration_due")
    private LocalDate o2SensorCalibrationDue;

    @Column(name = "laser_power_calibration_due")
    private LocalDate laserPowerCalibrationDue;

    /** The usable build plate, x by y in mm from its origin; null when not recorded (V350). */
    @Column(name = "plate_size_x_mm")
    private BigDecimal plateSizeXMm;

    @Column(name = "plate_size_y_mm")
    private BigDecimal plateSizeYMm;

    protected Machine() {}

    public Machine(String assetId, String user, Instant at) {
        this.assetId = assetId;
        recordCreation(user, at);
    }

    public void describe(
            String model,
            String serialNumber,
            LocalDate qualifiedUntil,
            LocalDate o2SensorCalibrationDue,
            LocalDate laserPowerCalibrationDue,
            BigDecimal plateSizeXMm,
            BigDecimal plateSizeYMm) {
        this.model = model;
        this.plateSizeXMm = plateSizeXMm;
        this.plateSizeYMm = plateSizeYMm;
        this.serialNumber = serialNumber;
        this.qualifiedUntil = qualifiedUntil;
        this.o2SensorCalibrationDue = o2SensorCalibrationDue;
        this.laserPowerCalibrationDue = laserPowerCalibrationDue;
    }

    @Override
    public String recordType() {
        return "Machine";
    }

    @Override
    public String label() {
        return assetId;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("assetId", assetId);
        state.put("model", model);
        state.put("serialNumber", serialNumber);
        state.put("qualifiedUntil", qualifiedUntil);
        state.put("o2SensorCalibrationDue", o2SensorCalibrationDue);
        state.put("laserPowerCalibrationDue", laserPowerCalibrationDue);
        state.put("plateSizeXMm", plateSizeXMm);
        state.put("plateSizeYMm", plateSizeYMm);
        return state;
    }

    public String assetId() {
        return assetId;
    }

    public String model() {
        return model;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public LocalDate qualifiedUntil() {
        return qualifiedUntil;
    }

    public LocalDate o2SensorCalibrationDue() {
        return o2SensorCalibrationDue;
    }

    public LocalDate laserPowerCalibrationDue() {
        return laserPowerCalibrationDue;
    }

    public BigDecimal plateSizeXMm() {
        return plateSizeXMm;
    }

    public BigDecimal plateSizeYMm() {
        return plateSizeYMm;
    }
}
