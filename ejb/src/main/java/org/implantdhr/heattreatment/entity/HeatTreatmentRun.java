package org.implantdhr.heattreatment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.heattreatment.control.AtmosphereKind;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * One stress-relief cycle of one furnace. Its samples live in furnace_sample at full resolution,
 * written and read in bulk (never one entity per sample); the chart file they were parsed from is
 * kept as evidence.
 */
@Entity
@Table(name = "heat_treatment_run")
@NamedQuery(
        name = HeatTreatmentRun.BY_NUMBER,
        query =
                "select r from HeatTreatmentRun r join fetch r.furnace where r.runNumber = :runNumber")
public class HeatTreatmentRun extends Recorded implements Audited {

    public static final String BY_NUMBER = "HeatTreatmentRun.byNumber";

    @Column(name = "run_number", nullable = false, updatable = false)
    private String runNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "furnace_id")
    private Furnace furnace;

    @Column(nullable = false)
    private String recipe;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Column(name = "door_opened_at")
    private Instant doorOpenedAt;

    @Enumerated(EnumType.STRING)
    private FurnaceAtmosphere atmosphere;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chart_file_id")
    private EvidenceFile chart;

    @Enumerated(EnumType.STRING)
    @Column(name = "atmosphere_trace")
    private AtmosphereKind atmosphereTrace;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    protected HeatTreatmentRun() {}

    public HeatTreatmentRun(
            String runNumber,
            Furnace furnace,
            String recipe,
            long operatorId,
            FurnaceAtmosphere atmosphere,
            Instant doorOpenedAt,
            String user,
            Instant at) {
        this.runNumber = runNumber;
        this.furnace = furnace;
        this.recipe = recipe;
        this.operatorId = operatorId;
        this.atmosphere = atmosphere;
        this.doorOpenedAt =
                doorOpenedAt == null ? null : doorOpenedAt.truncatedTo(ChronoUnit.MICROS);
        recordCreation(user, at);
    }

    /**
     * @param atmosphereTrace what the chart's atmosphere column holds, or null when it has none
     */
    public void attachChart(EvidenceFile chart, AtmosphereKind atmosphereTrace) {
        this.chart = chart;
        this.atmosphereTrace = atmosphereTrace;
    }

    @Override
    public String recordType() {
        return "HeatTreatmentRun";
    }

    @Override
    public String label() {
        return runNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("runNumber", runNumber);
        state.put("furnace", furnace.furnaceCode());
        state.put("recipe", recipe);
        state.put("operatorId", operatorId);
        state.put("atmosphere", atmosphere);
        state.put("doorOpenedAt", doorOpenedAt);
        state.put("chartFile", chart == null ? null : chart.sha256());
        state.put("atmosphereTrace", atmosphereTrace);
        state.put("recalledAt", recalledAt);
        return state;
    }

    public String runNumber() {
        return runNumber;
    }

    public Furnace furnace() {
        return furnace;
    }

    public String recipe() {
        return recipe;
    }

    public long operatorId() {
        return operatorId;
    }

    public Instant doorOpenedAt() {
        return doorOpenedAt;
    }

    public FurnaceAtmosphere atmosphere() {
        return atmosphere;
    }

    public EvidenceFile chart() {
        return chart;
    }

    public AtmosphereKind atmosphereTrace() {
        return atmosphereTrace;
    }

    public Instant recalledAt() {
        return recalledAt;
    }
}
