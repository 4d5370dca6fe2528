package org.implantdhr.implantation.entity;

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
 * The end of an implantation: the implant taken out or replaced, why, and what its retrieval
 * analysis found (fracture surface, corrosion, tissue). Its label is the serial of the implant that
 * came out, so the implant's history finds it.
 */
@Entity
@Table(name = "explantation")
@NamedQuery(
        name = Explantation.BY_IMPLANTATION,
        query = "select e from Explantation e where e.implantationId = :implantationId")
public class Explantation extends Recorded implements Audited {

    public static final String BY_IMPLANTATION = "Explantation.byImplantation";

    @Column(name = "implantation_id", nullable = false, updatable = false)
    private long implantationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExplantKind kind;

    @Column(name = "explanted_on", nullable = false)
    private LocalDate explantedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExplantReason reason;

    @Column(name = "reason_text")
    private String reasonText;

    @Column(name = "device_returned", nullable = false)
    private boolean deviceReturned;

    @Column(name = "retrieval_findings")
    private String retrievalFindings;

    private transient String serialNumber;

    protected Explantation() {}

    public Explantation(
            Implantation implantation,
            ExplantKind kind,
            LocalDate explantedOn,
            ExplantReason reason,
            String reasonText,
            boolean deviceReturned,
            String retrievalFindings,
            String user,
            Instant at) {
        this.implantationId = implantation.id();
        this.serialNumber = implantation.serialNumber();
        this.kind = kind;
        this.explantedOn = explantedOn;
        this.reason = reason;
        this.reasonText = reasonText;
        this.deviceReturned = deviceReturned;
        this.retrievalFindings = retrievalFindings;
        recordCreation(user, at);
    }

    /** Retrieval analysis often comes weeks after the explant: findings are added later. */
    public void reportFindings(String findings) {
        this.retrievalFindings = findings;
    }

    @Override
    public String recordType() {
        return "Explantation";
    }

    @Override
    public String label() {
        return serialNumber == null ? String.valueOf(implantationId) : serialNumber;
    }

    /** The serial, for the label of an explantation read back from the database. */
    public void knowSerial(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("implantationId", implantationId);
        state.put("kind", kind);
        state.put("explantedOn", explantedOn);
        state.put("reason", reason);
        state.put("reasonText", reasonText);
        state.put("deviceReturned", deviceReturned);
        state.put("retrievalFindings", retrievalFindings);
        return state;
    }

    public long implantationId() {
        return implantationId;
    }

    public ExplantKind kind() {
        return kind;
    }

    public LocalDate explantedOn() {
        return explantedOn;
    }

    public ExplantReason reason() {
        return reason;
    }

    public String reasonText() {
        return reasonText;
    }

    public boolean deviceReturned() {
        return deviceReturned;
    }

    public String retrievalFindings() {
        return retrievalFindings;
    }
}
