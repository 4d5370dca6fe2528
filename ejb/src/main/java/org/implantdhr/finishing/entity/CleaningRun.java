package org.implantdhr.finishing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/** One run of a validated cleaning process, with the implants that went through it. */
@Entity
@Table(name = "cleaning_run")
@NamedQuery(
        name = CleaningRun.BY_NUMBER,
        query = "select r from CleaningRun r where r.runNumber = :runNumber")
@NamedQuery(
        name = CleaningRun.OF_IMPLANT,
        query =
                "select r from CleaningRun r join r.implantIds i where i = :implantId order by r.performedAt, r.id")
public class CleaningRun extends Recorded implements Audited {

    public static final String BY_NUMBER = "CleaningRun.byNumber";
    public static final String OF_IMPLANT = "CleaningRun.ofImplant";

    @Column(name = "run_number", nullable = false, updatable = false)
    private String runNumber;

    @Column(name = "process_id", nullable = false)
    private String processId;

    @Column(name = "process_version", nullable = false)
    private String processVersion;

    @Column(name = "cleaning_family", nullable = false)
    private String cleaningFamily;

    @Column(name = "operator_id", nullable = false)
    private long operatorId;

    @Column(name = "performed_at", nullable = false)
    private Instant performedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "cleaning_run_implant",
            joinColumns = @JoinColumn(name = "cleaning_run_id"))
    @Column(name = "implant_id")
    private Set<Long> implantIds = new TreeSet<>();

    protected CleaningRun() {}

    public CleaningRun(
            String runNumber,
            String processId,
            String processVersion,
            String cleaningFamily,
            long operatorId,
            Instant performedAt,
            Set<Long> implantIds,
            String user,
            Instant at) {
        this.runNumber = runNumber;
        this.processId = processId;
        this.processVersion = processVersion;
        this.cleaningFamily = cleaningFamily;
        this.operatorId = operatorId;
        this.performedAt = performedAt.truncatedTo(ChronoUnit.MICROS);
        this.implantIds = new TreeSet<>(implantIds);
        recordCreation(user, at);
    }

    public boolean cleaned(long implantId) {
        return implantIds.contains(implantId);
    }

    @Override
    public String recordType() {
        return "CleaningRun";
    }

    @Override
    public String label() {
        return runNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("runNumber", runNumber);
        state.put("processId", processId);
        state.put("processVersion", processVersion);
        state.put("cleaningFamily", cleaningFamily);
        state.put("operatorId", operatorId);
        state.put("performedAt", performedAt);
        state.put("implantIds", new TreeSet<>(implantIds));
        return state;
    }

    public String runNumber() {
        return runNumber;
    }

    public String processId() {
        return processId;
    }

    public String processVersion() {
        return processVersion;
    }

    public String cleaningFamily() {
        return cleaningFamily;
    }

    public long operatorId() {
        return operatorId;
    }

    public Instant performedAt() {
        return performedAt;
    }

    public Set<Long> implantIds() {
        return Set.copyOf(implantIds);
    }
}
