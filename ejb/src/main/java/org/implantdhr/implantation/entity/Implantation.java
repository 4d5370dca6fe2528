package org.implantdhr.implantation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * The operation that put an implant into its patient, and the hospital stay around it. The case's
 * hospital, surgeon and patient pseudonym are copied at the operation, so that the record keeps
 * what was true then; the patient is never named. One per implant (the database holds it to that).
 */
@Entity
@Table(name = "implantation")
@NamedQuery(
        name = Implantation.BY_SERIAL,
        query = "select i from Implantation i where i.serialNumber = :serial")
@NamedQuery(
        name = Implantation.BY_IMPLANT,
        query = "select i from Implantation i where i.implantId = :implantId")
public class Implantation extends Recorded implements Audited {

    public static final String BY_SERIAL = "Implantation.bySerial";
    public static final String BY_IMPLANT = "Implantation.byImplant";

    /** Decimal places of a millimetre the defect's size keeps; more are refused, never rounded. */
    public static final int DEFECT_SCALE = 1;

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Column(name = "serial_number", nullable = false, updatable = false)
    private String serialNumber;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "patient_pseudonym", nullable = false, updatable = false)
    private String patientPseudonym;

    @Column(nullable = false, updatable = false)
    private String hospital;

    @Column(name = "surgeon_id", nullable = false, updatable = false)
    private long surgeonId;

    @Column(name = "operated_at", nullable = false)
    private Instant operatedAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "plate_lot_id", nullable = false)
    private long plateLotId;

    @Column(name = "ribs_resected", nullable = false)
    private int ribsResected;

    @Column(name = "rib_levels")
    private String ribLevels;

    @Enumerated(EnumType.STRING)
    @Column(name = "sternum_resection", nullable = false)
    private SternumResection sternumResection;

    @Column(name = "defect_length_mm", nullable = false)
    private BigDecimal defectLengthMm;

    @Column(name = "defect_width_mm", nullable = false)
    private BigDecimal defectWidthMm;

    @Column(name = "admission_date", nullable = false)
    private LocalDate admissionDate;

    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImplantationStatus status;

    protected Implantation() {}

    /** What the operation was; checks each value of the operation itself. */
    public Implantation(
            long implantId,
            String serialNumber,
            long caseId,
            String patientPseudonym,
            String hospital,
            long surgeonId,
            Operation operation,
            String user,
            Instant at) {
        this.implantId = implantId;
        this.serialNumber = serialNumber;
        this.caseId = caseId;
        this.patientPseudonym = patientPseudonym;
        this.hospital = hospital;
        this.surgeonId = surgeonId;
        this.operatedAt = operation.operatedAt().truncatedTo(ChronoUnit.MICROS);
        this.durationMinutes = operation.durationMinutes();
        this.plateLotId = operation.plateLotId();
        this.ribsResected = operation.ribsResected();
        this.ribLevels = operation.ribLevels();
        this.sternumResection = operation.sternumResection();
        this.defectLengthMm = operation.defectLengthMm();
        this.defectWidthMm = operation.defectWidthMm();
        this.admissionDate = operation.admissionDate();
        this.status = ImplantationStatus.IN_PLACE;
        recordCreation(user, at);
    }

    /**
     * The discharge ends the hospital stay; it cannot come before the admission or the operation
     * day ({@code operationDay} is the operation's date in the hospital's calendar).
     */
    public void discharge(LocalDate date, LocalDate operationDay) {
        if (date.isBefore(admissionDate) || date.isBefore(operationDay)) {
            throw new InvalidRequestException(
                    "dischargeDate",
                    "The discharge ("
                            + date
                            + ") cannot come before the admission ("
                            + admissionDate
                            + ") or the operation ("
                            + operationDay
                            + ")");
        }
        this.dischargeDate = date;
    }

    /** The hospital stay in days, from admission to discharge (null while in hospital). */
    public Long lengthOfStayDays() {
        return dischargeDate == null ? null : ChronoUnit.DAYS.between(admissionDate, dischargeDate);
    }

    /**
     * The operation's day in the calendar every date of the record is kept in (UTC, the calendar of
     * "today" for the clock rule).
     */
    public LocalDate operationDay() {
        return LocalDate.ofInstant(operatedAt, java.time.ZoneOffset.UTC);
    }

    public boolean inPlace() {
        return status == ImplantationStatus.IN_PLACE;
    }

    /** Ended by an explant or a revision (see {@link Explantation}). */
    public void end(ExplantKind kind) {
        this.status = kind.endsAs();
    }

    @Override
    public String recordType() {
        return "Implantation";
    }

    @Override
    public String label() {
        return serialNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("serialNumber", serialNumber);
        state.put("implantId", implantId);
        state.put("caseId", caseId);
        state.put("patientPseudonym", patientPseudonym);
        state.put("hospital", hospital);
        state.put("surgeonId", surgeonId);
        state.put("operatedAt", operatedAt);
        state.put("durationMinutes", durationMinutes);
        state.put("plateLotId", plateLotId);
        state.put("ribsResected", ribsResected);
        state.put("ribLevels", ribLevels);
        state.put("sternumResection", sternumResection);
        state.put("defectLengthMm", defectLengthMm);
        state.put("defectWidthMm", defectWidthMm);
        state.put("admissionDate", admissionDate);
        state.put("dischargeDate", dischargeDate);
        state.put("status", status);
        return state;
    }

    public long implantId() {
        return implantId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public long caseId() {
        return caseId;
    }

    public String patientPseudonym() {
        return patientPseudonym;
    }

    public String hospital() {
        return hospital;
    }

    public long surgeonId() {
        return surgeonId;
    }

    public Instant operatedAt() {
        return operatedAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public long plateLotId() {
        return plateLotId;
    }

    public int ribsResected() {
        return ribsResected;
    }

    public String ribLevels() {
        return ribLevels;
    }

    public SternumResection sternumResection() {
        return sternumResection;
    }

    public BigDecimal defectLengthMm() {
        return defectLengthMm;
    }

    public BigDecimal defectWidthMm() {
        return defectWidthMm;
    }

    public LocalDate admissionDate() {
        return admissionDate;
    }

    public LocalDate dischargeDate() {
        return dischargeDate;
    }

    public ImplantationStatus status() {
        return status;
    }
}
