package org.implantdhr.finishing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * One finishing step done on one implant: separation from the plate, machining, blasting, polishing
 * or marking.
 */
@Entity
@Table(name = "process_operation")
@NamedQuery(
        name = ProcessOperation.OF_IMPLANT,
        query =
                "select o from ProcessOperation o where o.implantId = :implantId order by o.performedAt, o.id")
public class ProcessOperation extends Recorded implements Audited {

    public static final String OF_IMPLANT = "ProcessOperation.ofImplant";

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation_type", nullable = false, updatable = false)
    private OperationType type;

    @Column(nullable = false)
    private String equipment;

    @Column(name = "program_id")
    private String programId;

    @Column(name = "program_version")
    private String programVersion;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Column(name = "performed_at", nullable = false)
    private Instant performedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "visual_result")
    private VisualResult visualResult;

    private String remarks;

    protected ProcessOperation() {}

    public ProcessOperation(
            long implantId,
            OperationType type,
            String equipment,
            String programId,
            String programVersion,
            long operatorId,
            Instant performedAt,
            VisualResult visualResult,
            String remarks,
            String user,
            Instant at) {
        this.implantId = implantId;
        this.type = type;
        this.equipment = equipment;
        this.programId = programId;
        this.programVersion = programVersion;
        this.operatorId = operatorId;
        this.performedAt = performedAt.truncatedTo(ChronoUnit.MICROS);
        this.visualResult = visualResult;
        this.remarks = remarks;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "ProcessOperation";
    }

    @Override
    public String label() {
        return type + " of implant " + implantId + " at " + performedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantId", implantId);
        state.put("type", type);
        state.put("equipment", equipment);
        state.put("programId", programId);
        state.put("programVersion", programVersion);
        state.put("operatorId", operatorId);
        state.put("performedAt", performedAt);
        state.put("visualResult", visualResult);
        state.put("remarks", remarks);
        return state;
    }

    public long implantId() {
        return implantId;
    }

    public OperationType type() {
        return type;
    }

    public String equipment() {
        return equipment;
    }

    public String programId() {
        return programId;
    }

    public String programVersion() {
        return programVersion;
    }

    public long operatorId() {
        return operatorId;
    }

    public Instant performedAt() {
        return performedAt;
    }

    public VisualResult visualResult() {
        return visualResult;
    }

    public String remarks() {
        return remarks;
    }
}
