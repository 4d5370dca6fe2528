package org.implantdhr.nonconformance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;

/**
 * A nonconformance report (NCR) on one implant: opened by QA (or by the release evaluation for a
 * failed check), closed by a disposition. Its own opened/closed columns replace the created-by of
 * other records.
 */
@Entity
@Table(name = "nonconformance")
@NamedQuery(
        name = Nonconformance.BY_NUMBER,
        query = "select n from Nonconformance n where n.number = :number")
@NamedQuery(
        name = Nonconformance.OF_IMPLANT,
        query =
                "select n from Nonconformance n where n.implantId = :implantId "
                        + "order by n.openedAt, n.id")
@NamedQuery(
        name = Nonconformance.OPEN,
        query =
                "select n from Nonconformance n where n.status = "
                        + "org.implantdhr.nonconformance.entity.NonconformanceStatus.OPEN order by n.openedAt, n.id")
public class Nonconformance implements Audited {

    public static final String BY_NUMBER = "Nonconformance.byNumber";
    public static final String OF_IMPLANT = "Nonconformance.ofImplant";
    public static final String OPEN = "Nonconformance.open";

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Version private long version;

    @Column(name = "ncr_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "implant_id", nullable = false, updatable = false)
    private long implantId;

    @Column(name = "check_id", updatable = false)
    private String checkId;

    @Column(nullable = false, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NonconformanceStatus status;

    @Enumerated(EnumType.STRING)
    private Disposition disposition;

    private String justification;

    @Column(name = "approval_signature_id")
    private Long approvalSignatureId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected Nonconformance() {}

    public Nonconformance(
            String number,
            long implantId,
            String checkId,
            String description,
            String user,
            Instant at) {
        this.number = number;
        this.implantId = implantId;
        this.checkId = checkId;
        this.description = description;
        this.status = NonconformanceStatus.OPEN;
        this.openedBy = user;
        this.openedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean open() {
        return status == NonconformanceStatus.OPEN;
    }

    /**
     * Closes the report with its disposition; a concession also names the QA manager's signature.
     */
    public void close(
            Disposition disposition,
            String justification,
            Long approvalSignatureId,
            String user,
            Instant at) {
        this.disposition = disposition;
        this.justification = justification;
        this.approvalSignatureId = approvalSignatureId;
        this.status = NonconformanceStatus.CLOSED;
        this.closedBy = user;
        this.closedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String recordType() {
        return "Nonconformance";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return number;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("number", number);
        state.put("implantId", implantId);
        state.put("checkId", checkId);
        state.put("description", description);
        state.put("status", status);
        state.put("disposition", disposition);
        state.put("justification", justification);
        state.put("approvalSignatureId", approvalSignatureId);
        state.put("closedBy", closedBy);
        state.put("closedAt", closedAt);
        return state;
    }

    public long version() {
        return version;
    }

    public String number() {
        return number;
    }

    public long implantId() {
        return implantId;
    }

    public String checkId() {
        return checkId;
    }

    public String description() {
        return description;
    }

    public NonconformanceStatus status() {
        return status;
    }

    public Disposition disposition() {
        return disposition;
    }

    public String justification() {
        return justification;
    }

    public Long approvalSignatureId() {
        return approvalSignatureId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
