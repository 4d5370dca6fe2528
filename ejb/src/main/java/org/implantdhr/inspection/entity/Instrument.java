package org.implantdhr.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/** A measuring instrument (CMM, 3D scanner, …) and the date its calibration runs out. */
@Entity
@Table(name = "instrument")
@NamedQuery(name = Instrument.BY_CODE, query = "select i from Instrument i where i.code = :code")
public class Instrument extends Recorded implements Audited {

    public static final String BY_CODE = "Instrument.byCode";

    @Column(name = "instrument_code", nullable = false, updatable = false)
    private String code;

    @Column(name = "instrument_type", nullable = false)
    private String type;

    @Column(name = "calibration_due", nullable = false)
    private LocalDate calibrationDue;

    protected Instrument() {}

    public Instrument(String code, String type, LocalDate calibrationDue, String user, Instant at) {
        this.code = code;
        this.type = type;
        this.calibrationDue = calibrationDue;
        recordCreation(user, at);
    }

    public void recalibrate(LocalDate calibrationDue) {
        this.calibrationDue = calibrationDue;
    }

    public boolean calibratedOn(LocalDate date) {
        return !date.isAfter(calibrationDue);
    }

    @Override
    public String recordType() {
        return "Instrument";
    }

    @Override
    public String label() {
        return code;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", code);
        state.put("type", type);
        state.put("calibrationDue", calibrationDue);
        return state;
    }

    public String code() {
        return code;
    }

    public String type() {
        return type;
    }

    public LocalDate calibrationDue() {
        return calibrationDue;
    }
}
