package org.implantdhr.release.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/** The releasing QA person has looked at a WARN finding and says why it is acceptable. */
@Entity
@Table(name = "warning_acknowledgement")
@NamedQuery(
        name = WarningAcknowledgement.OF_EVALUATION,
        query =
                "select a from WarningAcknowledgement a where a.finding.evaluation = :evaluation order by a.finding.seq")
public class WarningAcknowledgement extends Recorded implements Audited {

    public static final String OF_EVALUATION = "WarningAcknowledgement.ofEvaluation";

    @OneToOne(optional = false)
    @JoinColumn(name = "finding_id", updatable = false)
    private ReleaseFinding finding;

    @Column(name = "comment_text", nullable = false, updatable = false)
    private String comment;

    protected WarningAcknowledgement() {}

    public WarningAcknowledgement(ReleaseFinding finding, String comment, String user, Instant at) {
        this.finding = finding;
        this.comment = comment;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "WarningAcknowledgement";
    }

    @Override
    public String label() {
        return finding.checkId() + " " + finding.subject();
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("findingId", finding.id());
        state.put("checkId", finding.checkId());
        state.put("subject", finding.subject());
        state.put("comment", comment);
        return state;
    }

    public ReleaseFinding finding() {
        return finding;
    }

    public String comment() {
        return comment;
    }
}
