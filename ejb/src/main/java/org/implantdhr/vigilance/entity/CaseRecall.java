package org.implantdhr.vigilance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A recall made from a vigilance case: the recall is the recall component's (signed there); this
 * says which case it answered.
 */
@Entity
@Table(name = "vigilance_case_recall")
public class CaseRecall extends Recorded implements Audited {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "recall_id", nullable = false, updatable = false)
    private long recallId;

    @jakarta.persistence.Transient private String caseNumber;

    protected CaseRecall() {}

    public CaseRecall(VigilanceCase vigilanceCase, long recallId, String user, Instant at) {
        this.caseId = vigilanceCase.id();
        this.caseNumber = vigilanceCase.caseNumber();
        this.recallId = recallId;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "VigilanceCaseRecall";
    }

    @Override
    public String label() {
        return (caseNumber == null ? "case " + caseId : caseNumber) + " recall " + recallId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("case", caseNumber == null ? caseId : caseNumber);
        state.put("recallId", recallId);
        return state;
    }

    public long caseId() {
        return caseId;
    }

    public long recallId() {
        return recallId;
    }
}
