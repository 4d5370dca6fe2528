package org.implantdhr.implant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * The serialised device. It refers to the records of the other process steps by their ids, so that
 * each business component stays on its own; the trace queries join them in the database.
 */
@Entity
@Table(name = "implant")
@NamedQuery(
        name = Implant.BY_SERIAL,
        query = "select i from Implant i where i.serialNumber = :serial")
public class Implant extends Recorded implements Audited {

    public static final String BY_SERIAL = "Implant.bySerial";

    @Column(name = "serial_number", nullable = false, updatable = false)
    private String serialNumber;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "design_id")
    private Long designId;

    @Column(name = "build_id")
    private Long buildId;

    /** The SHA-256 of the design the build file was made from, for this implant. */
    @Column(name = "build_design_sha256")
    private String buildDesignSha256;

    /**
     * Where it stood on the build plate (mm from the plate origin, as the build job file gives it),
     * and the job's name for it; null for implants placed before positions were recorded (V350).
     */
    @Column(name = "plate_x_mm")
    private BigDecimal plateXMm;

    @Column(name = "plate_y_mm")
    private BigDecimal plateYMm;

    @Column(name = "plate_label")
    private String plateLabel;

    @Column(name = "component_lot_id")
    private Long componentLotId;

    @Column(name = "heat_treatment_run_id")
    private Long heatTreatmentRunId;

    @Column(name = "udi_di")
    private String udiDi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImplantStatus status;

    /**
     * Decimal places of a gram the measured mass column keeps (V120); more are refused, never
     * rounded.
     */
    public static final int MASS_SCALE = 8;

    @Column(name = "measured_mass_g")
    private BigDecimal measuredMassG;

    protected Implant() {}

    public Implant(
            String serialNumber,
            long caseId,
            Long designId,
            String udiDi,
            String user,
            Instant at) {
        this.serialNumber = serialNumber;
        this.caseId = caseId;
        this.designId = designId;
        this.udiDi = udiDi;
        this.status = ImplantStatus.IN_PROCESS;
        recordCreation(user, at);
    }

    public void placeInBuild(
            long buildId,
            String buildDesignSha256,
            BigDecimal plateXMm,
            BigDecimal plateYMm,
            String plateLabel) {
        this.buildId = buildId;
        this.buildDesignSha256 = buildDesignSha256;
        this.plateXMm = plateXMm;
        this.plateYMm = plateYMm;
        this.plateLabel = plateLabel;
    }

    public void loadIntoHeatTreatment(long runId) {
        this.heatTreatmentRunId = runId;
    }

    public void fitComponent(long componentLotId) {
        this.componentLotId = componentLotId;
    }

    public void weigh(BigDecimal grams) {
        this.measuredMassG = grams;
    }

    public void changeDesign(long designId) {
        this.designId = designId;
    }

    /**
     * @throws StatusChangeRefusedException when the lifecycle does not allow the change ({@link
     *     ImplantStatus#next()})
     */
    public void moveTo(ImplantStatus status) {
        if (!this.status.mayMoveTo(status)) {
            throw new StatusChangeRefusedException(serialNumber, this.status, status);
        }
        this.status = status;
    }

    @Override
    public String recordType() {
        return "Implant";
    }

    @Override
    public String label() {
        return serialNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("serialNumber", serialNumber);
        state.put("caseId", caseId);
        state.put("designId", designId);
        state.put("buildId", buildId);
        state.put("buildDesignSha256", buildDesignSha256);
        state.put("plateXMm", plateXMm);
        state.put("plateYMm", plateYMm);
        state.put("plateLabel", plateLabel);
        state.put("componentLotId", componentLotId);
        state.put("heatTreatmentRunId", heatTreatmentRunId);
        state.put("udiDi", udiDi);
        state.put("status", status);
        state.put("measuredMassG", measuredMassG);
        return state;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public long caseId() {
        return caseId;
    }

    public Long designId() {
        return designId;
    }

    public Long buildId() {
        return buildId;
    }

    public String buildDesignSha256() {
        return buildDesignSha256;
    }

    /** mm from the plate origin; null when not recorded. */
    public BigDecimal plateXMm() {
        return plateXMm;
    }

    public BigDecimal plateYMm() {
        return plateYMm;
    }

    public String plateLabel() {
        return plateLabel;
    }

    public Long componentLotId() {
        return componentLotId;
    }

    public Long heatTreatmentRunId() {
        return heatTreatmentRunId;
    }

    public String udiDi() {
        return udiDi;
    }

    public ImplantStatus status() {
        return status;
    }

    public BigDecimal measuredMassG() {
        return measuredMassG;
    }
}
