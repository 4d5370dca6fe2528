package org.implantdhr.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A visit the protocol asks for, with its target day and window (the hospital's calendar). Whether
 * it is due, overdue or missed depends on the day one asks ({@link VisitState}); it is done once a
 * visit is recorded for it.
 */
@Entity
@Table(name = "scheduled_visit")
@NamedQuery(
        name = ScheduledVisit.OF_FOLLOW_UP,
        query =
                "select s from ScheduledVisit s where s.followUpId = :followUpId"
                        + " order by s.sequenceNo")
public class ScheduledVisit extends Recorded implements Audited {

    public static final String OF_FOLLOW_UP = "ScheduledVisit.ofFollowUp";

    @Column(name = "follow_up_id", nullable = false, updatable = false)
    private long followUpId;

    @Column(name = "visit_code", nullable = false, updatable = false)
    private String visitCode;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequenceNo;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(name = "window_start", nullable = false)
    private LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    @Column(name = "visit_id")
    private Long visitId;

    private transient String serialNumber;

    protected ScheduledVisit() {}

    public ScheduledVisit(
            long followUpId,
            String serialNumber,
            String visitCode,
            int sequenceNo,
            LocalDate targetDate,
            LocalDate windowStart,
            LocalDate windowEnd,
            String user,
            Instant at) {
        this.followUpId = followUpId;
        this.serialNumber = serialNumber;
        this.visitCode = visitCode;
        this.sequenceNo = sequenceNo;
        this.targetDate = targetDate;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        recordCreation(user, at);
    }

    public void done(long visitId) {
        this.visitId = visitId;
    }

    /** Where this visit stands on {@code today}. */
    public VisitState stateOn(LocalDate today) {
        return VisitState.of(visitId != null, windowStart, targetDate, windowEnd, today);
    }

    public void knowSerial(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    @Override
    public String recordType() {
        return "ScheduledVisit";
    }

    @Override
    public String label() {
        return (serialNumber == null ? String.valueOf(followUpId) : serialNumber) + " " + visitCode;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("followUpId", followUpId);
        state.put("visitCode", visitCode);
        state.put("sequenceNo", sequenceNo);
        state.put("targetDate", targetDate);
        state.put("windowStart", windowStart);
        state.put("windowEnd", windowEnd);
        state.put("visitId", visitId);
        return state;
    }

    public long followUpId() {
        return followUpId;
    }

    public String visitCode() {
        return visitCode;
    }

    public int sequenceNo() {
        return sequenceNo;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public LocalDate windowEnd() {
        return windowEnd;
    }

    public Long visitId() {
        return visitId;
    }
}
