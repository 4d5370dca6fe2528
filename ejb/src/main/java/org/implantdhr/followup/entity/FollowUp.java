package org.implantdhr.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A patient's follow-up after one implantation, under the protocol version in force on the day of
 * the operation (named here, so that a later protocol never changes a running schedule).
 */
@Entity
@Table(name = "follow_up")
@NamedQuery(
        name = FollowUp.BY_IMPLANTATION,
        query = "select f from FollowUp f where f.implantationId = :implantationId")
public class FollowUp extends Recorded implements Audited {

    public static final String BY_IMPLANTATION = "FollowUp.byImplantation";

    @Column(name = "implantation_id", nullable = false, updatable = false)
    private long implantationId;

    @Column(name = "protocol_code", nullable = false, updatable = false)
    private String protocolCode;

    @Column(name = "protocol_version", nullable = false, updatable = false)
    private String protocolVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(name = "status_reason")
    private String statusReason;

    private transient String serialNumber;

    protected FollowUp() {}

    public FollowUp(
            long implantationId,
            String serialNumber,
            String protocolCode,
            String protocolVersion,
            String user,
            Instant at) {
        this.implantationId = implantationId;
        this.serialNumber = serialNumber;
        this.protocolCode = protocolCode;
        this.protocolVersion = protocolVersion;
        this.status = FollowUpStatus.ACTIVE;
        recordCreation(user, at);
    }

    /** Lost to follow-up, completed or ended, from a date and for a reason. */
    public void changeStatus(FollowUpStatus status, LocalDate date, String reason) {
        this.status = status;
        this.statusDate = date;
        this.statusReason = reason;
    }

    public void knowSerial(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    @Override
    public String recordType() {
        return "FollowUp";
    }

    @Override
    public String label() {
        return serialNumber == null ? String.valueOf(implantationId) : serialNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantationId", implantationId);
        state.put("protocolCode", protocolCode);
        state.put("protocolVersion", protocolVersion);
        state.put("status", status);
        state.put("statusDate", statusDate);
        state.put("statusReason", statusReason);
        return state;
    }

    public long implantationId() {
        return implantationId;
    }

    public String protocolCode() {
        return protocolCode;
    }

    public String protocolVersion() {
        return protocolVersion;
    }

    public FollowUpStatus status() {
        return status;
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public String statusReason() {
        return statusReason;
    }
}
