package org.implantdhr.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A follow-up visit: Karnofsky performance status, pain on the VAS in the unit it was read in, the
 * protocol's instrument ("Watkins") with its code and version, and the disease status with the date
 * it was established. The scores are checked against their scales before they get here ({@code
 * VisitScores} in the followup control).
 */
@Entity
@Table(name = "follow_up_visit")
@NamedQuery(
        name = Visit.OF_IMPLANTATION,
        query =
                "select v from Visit v where v.implantationId = :implantationId"
                        + " order by v.visitDate, v.id")
public class Visit extends Recorded implements Audited {

    public static final String OF_IMPLANTATION = "Visit.ofImplantation";

    @Column(name = "follow_up_id", nullable = false, updatable = false)
    private long followUpId;

    @Column(name = "implantation_id", nullable = false, updatable = false)
    private long implantationId;

    @Column(name = "visit_code", nullable = false, updatable = false)
    private String visitCode;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    private Integer karnofsky;

    @Column(name = "vas_value")
    private BigDecimal vasValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "vas_unit")
    private VasUnit vasUnit;

    @Column(name = "instrument_code")
    private String instrumentCode;

    @Column(name = "instrument_version")
    private String instrumentVersion;

    @Column(name = "instrument_score")
    private BigDecimal instrumentScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "disease_status")
    private DiseaseStatus diseaseStatus;

    @Column(name = "disease_status_date")
    private LocalDate diseaseStatusDate;

    private String notes;

    private transient String serialNumber;

    protected Visit() {}

    public Visit(
            long followUpId,
            long implantationId,
            String serialNumber,
            String visitCode,
            VisitFindings findings,
            String user,
            Instant at) {
        this.followUpId = followUpId;
        this.implantationId = implantationId;
        this.serialNumber = serialNumber;
        this.visitCode = visitCode;
        apply(findings);
        recordCreation(user, at);
    }

    /** A correction replaces the findings; the audit trail keeps the old values and the reason. */
    public void correct(VisitFindings findings) {
        apply(findings);
    }

    private void apply(VisitFindings f) {
        this.visitDate = f.visitDate();
        this.karnofsky = f.karnofsky();
        this.vasValue = f.vasValue();
        this.vasUnit = f.vasUnit();
        this.instrumentCode = f.instrumentCode();
        this.instrumentVersion = f.instrumentVersion();
        this.instrumentScore = f.instrumentScore();
        this.diseaseStatus = f.diseaseStatus();
        this.diseaseStatusDate = f.diseaseStatusDate();
        this.notes = f.notes();
    }

    public VisitFindings findings() {
        return new VisitFindings(
                visitDate,
                karnofsky,
                vasValue,
                vasUnit,
                instrumentCode,
                instrumentVersion,
                instrumentScore,
                diseaseStatus,
                diseaseStatusDate,
                notes);
    }

    public void knowSerial(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    @Override
    public String recordType() {
        return "FollowUpVisit";
    }

    @Override
    public String label() {
        return (serialNumber == null ? String.valueOf(implantationId) : serialNumber)
                + " "
                + visitCode;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("followUpId", followUpId);
        state.put("implantationId", implantationId);
        state.put("visitCode", visitCode);
        state.put("visitDate", visitDate);
        state.put("karnofsky", karnofsky);
        state.put("vasValue", vasValue);
        state.put("vasUnit", vasUnit);
        state.put("instrumentCode", instrumentCode);
        state.put("instrumentVersion", instrumentVersion);
        state.put("instrumentScore", instrumentScore);
        state.put("diseaseStatus", diseaseStatus);
        state.put("diseaseStatusDate", diseaseStatusDate);
        state.put("notes", notes);
        return state;
    }

    public long followUpId() {
        return followUpId;
    }

    public long implantationId() {
        return implantationId;
    }

    public String visitCode() {
        return visitCode;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public Integer karnofsky() {
        return karnofsky;
    }

    public BigDecimal vasValue() {
        return vasValue;
    }

    public VasUnit vasUnit() {
        return vasUnit;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String instrumentVersion() {
        return instrumentVersion;
    }

    public BigDecimal instrumentScore() {
        return instrumentScore;
    }

    public DiseaseStatus diseaseStatus() {
        return diseaseStatus;
    }

    public LocalDate diseaseStatusDate() {
        return diseaseStatusDate;
    }

    public String notes() {
        return notes;
    }
}
