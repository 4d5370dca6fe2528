package org.implantdhr.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * One dimensional inspection of a finished implant: which instrument, who, when, the results file
 * as received and the fit-surface statistic. Its characteristics are bulk rows in
 * inspection_characteristic, not entities.
 */
@Entity
@Table(name = "dimensional_inspection")
@NamedQuery(
        name = DimensionalInspection.OF_IMPLANT,
        query =
                "select d from DimensionalInspection d "
                        + "where d.implantId = :implantId order by d.inspectedAt desc, d.id desc")
public class DimensionalInspection extends Recorded implements Audited {

    public static final String OF_IMPLANT = "DimensionalInspection.ofImplant";

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "instrument_id", updatable = false)
    private Instrument instrument;

    @Column(name = "inspector_id", nullable = false, updatable = false)
    private long inspectorId;

    @Column(name = "inspected_at", nullable = false, updatable = false)
    private Instant inspectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_format", nullable = false, updatable = false)
    private ResultsFormat resultsFormat;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "results_file_id", updatable = false)
    private EvidenceFile resultsFile;

    @Column(name = "fit_surface_in_tolerance_pct")
    private BigDecimal fitSurfaceInTolerancePct;

    protected DimensionalInspection() {}

    public DimensionalInspection(
            long implantId,
            Instrument instrument,
            long inspectorId,
            Instant inspectedAt,
            ResultsFormat resultsFormat,
            EvidenceFile resultsFile,
            BigDecimal fitSurfaceInTolerancePct,
            String user,
            Instant at) {
        this.implantId = implantId;
        this.instrument = instrument;
        this.inspectorId = inspectorId;
        this.inspectedAt = inspectedAt.truncatedTo(ChronoUnit.MICROS);
        this.resultsFormat = resultsFormat;
        this.resultsFile = resultsFile;
        this.fitSurfaceInTolerancePct = fitSurfaceInTolerancePct;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "DimensionalInspection";
    }

    @Override
    public String label() {
        return instrument.code() + " " + inspectedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantId", implantId);
        state.put("instrument", instrument.code());
        state.put("inspectorId", inspectorId);
        state.put("inspectedAt", inspectedAt);
        state.put("resultsFormat", resultsFormat);
        state.put("resultsFile", resultsFile.sha256());
        state.put("fitSurfaceInTolerancePct", fitSurfaceInTolerancePct);
        return state;
    }

    public long implantId() {
        return implantId;
    }

    public Instrument instrument() {
        return instrument;
    }

    public long inspectorId() {
        return inspectorId;
    }

    public Instant inspectedAt() {
        return inspectedAt;
    }

    public ResultsFormat resultsFormat() {
        return resultsFormat;
    }

    public EvidenceFile resultsFile() {
        return resultsFile;
    }

    public BigDecimal fitSurfaceInTolerancePct() {
        return fitSurfaceInTolerancePct;
    }
}
