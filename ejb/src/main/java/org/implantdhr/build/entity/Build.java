package org.implantdhr.build.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * One LPBF build job: on which machine, with which parameters and powder, by whom, and — once its
 * log is imported — when it ran. The powder batch and the people belong to other components and are
 * referenced by id.
 */
@Entity
@Table(name = "build")
@NamedQuery(
        name = Build.BY_NUMBER,
        query = "select b from Build b where b.buildNumber = :buildNumber")
public class Build extends Recorded implements Audited {

    public static final String BY_NUMBER = "Build.byNumber";

    @Column(name = "build_number", nullable = false, updatable = false)
    private String buildNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "machine_id", updatable = false)
    private Machine machine;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "parameter_set_id", updatable = false)
    private ParameterSet parameterSet;

    @Column(name = "powder_batch_id", nullable = false, updatable = false)
    private long powderBatchId;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private long operatorId;

    @Column(name = "programmer_id", nullable = false, updatable = false)
    private long programmerId;

    @Column(name = "build_plate_id", nullable = false, updatable = false)
    private String buildPlateId;

    @Column(name = "design_sha256", updatable = false)
    private String designSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "shielding_gas", nullable = false, updatable = false)
    private ShieldingGas shieldingGas;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "log_file_id")
    private EvidenceFile logFile;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    protected Build() {}

    public Build(
            String buildNumber,
            Machine machine,
            ParameterSet parameterSet,
            long powderBatchId,
            long operatorId,
            long programmerId,
            String buildPlateId,
            String designSha256,
            ShieldingGas shieldingGas,
            String user,
            Instant at) {
        this.buildNumber = buildNumber;
        this.machine = machine;
        this.parameterSet = parameterSet;
        this.powderBatchId = powderBatchId;
        this.operatorId = operatorId;
        this.programmerId = programmerId;
        this.buildPlateId = buildPlateId;
        this.designSha256 = designSha256;
        this.shieldingGas = shieldingGas;
        recordCreation(user, at);
    }

    /** The machine's log of this build: it says when the build ran. */
    public void attachLog(EvidenceFile log, Instant startedAt, Instant endedAt) {
        this.logFile = log;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
    }

    @Override
    public String recordType() {
        return "Build";
    }

    @Override
    public String label() {
        return buildNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("buildNumber", buildNumber);
        state.put("machine", machine.assetId());
        state.put("parameterSet", parameterSet.label());
        state.put("powderBatchId", powderBatchId);
        state.put("operatorId", operatorId);
        state.put("programmerId", programmerId);
        state.put("buildPlateId", buildPlateId);
        state.put("designSha256", designSha256);
        state.put("shieldingGas", shieldingGas);
        state.put("startedAt", startedAt);
        state.put("endedAt", endedAt);
        state.put("logFile", logFile == null ? null : logFile.sha256());
        state.put("recalledAt", recalledAt);
        return state;
    }

    public String buildNumber() {
        return buildNumber;
    }

    public Machine machine() {
        return machine;
    }

    public ParameterSet parameterSet() {
        return parameterSet;
    }

    public long powderBatchId() {
        return powderBatchId;
    }

    public long operatorId() {
        return operatorId;
    }

    public long programmerId() {
        return programmerId;
    }

    public String buildPlateId() {
        return buildPlateId;
    }

    public String designSha256() {
        return designSha256;
    }

    public ShieldingGas shieldingGas() {
        return shieldingGas;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public EvidenceFile logFile() {
        return logFile;
    }

    public Instant recalledAt() {
        return recalledAt;
    }
}
