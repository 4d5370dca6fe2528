package org.implantdhr.finishing.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * What was found on one implant after a cleaning run: visual, residual powder, endotoxin, organic
 * residue.
 */
@Entity
@Table(name = "cleanliness_result")
@NamedQuery(
        name = CleanlinessResult.OF_RUN,
        query = "select c from CleanlinessResult c where c.run = :run order by c.implantId")
@NamedQuery(
        name = CleanlinessResult.OF_IMPLANT,
        query =
                "select c from CleanlinessResult c join fetch c.run where c.implantId = :implantId order by c.id")
public class CleanlinessResult extends Recorded implements Audited {

    public static final String OF_RUN = "CleanlinessResult.ofRun";
    public static final String OF_IMPLANT = "CleanlinessResult.ofImplant";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cleaning_run_id")
    private CleaningRun run;

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "visual_result", nullable = false)
    private VisualResult visualResult;

    /** Particles of 25 µm or more recovered from the implant (ASTM F3335 method). */
    @Column(name = "residual_particles")
    private Integer residualParticles;

    @Column(name = "endotoxin_eu")
    private BigDecimal endotoxinEu;

    @Column(name = "toc_mg")
    private BigDecimal tocMg;

    @Column(name = "tested_by", nullable = false)
    private String testedBy;

    private String laboratory;

    protected CleanlinessResult() {}

    public CleanlinessResult(
            CleaningRun run,
            long implantId,
            VisualResult visualResult,
            Integer residualParticles,
            BigDecimal endotoxinEu,
            BigDecimal tocMg,
            String testedBy,
            String laboratory,
            String user,
            Instant at) {
        this.run = run;
        this.implantId = implantId;
        this.visualResult = visualResult;
        this.residualParticles = residualParticles;
        this.endotoxinEu = endotoxinEu;
        this.tocMg = tocMg;
        this.testedBy = testedBy;
        this.laboratory = laboratory;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "CleanlinessResult";
    }

    @Override
    public String label() {
        return run.runNumber() + "/" + implantId;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("cleaningRun", run.runNumber());
        state.put("implantId", implantId);
        state.put("visualResult", visualResult);
        state.put("residualParticles", residualParticles);
        state.put("endotoxinEu", endotoxinEu);
        state.put("tocMg", tocMg);
        state.put("testedBy", testedBy);
        state.put("laboratory", laboratory);
        return state;
    }

    public CleaningRun run() {
        return run;
    }

    public long implantId() {
        return implantId;
    }

    public VisualResult visualResult() {
        return visualResult;
    }

    public Integer residualParticles() {
        return residualParticles;
    }

    public BigDecimal endotoxinEu() {
        return endotoxinEu;
    }

    public BigDecimal tocMg() {
        return tocMg;
    }

    public String testedBy() {
        return testedBy;
    }

    public String laboratory() {
        return laboratory;
    }
}
