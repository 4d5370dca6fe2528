package org.implantdhr.recall.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.implant.entity.ImplantStatus;

/**
 * One implant a recall reached: the status it had before, the certificate the recall revoked (null
 * when none was in force, e.g. an implant still in production), and the trace path that reached it.
 */
@Embeddable
public class RecalledImplant {

    @Column(name = "implant_id", nullable = false)
    private long implantId;

    @Column(name = "serial_number", nullable = false)
    private String serialNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    private ImplantStatus previousStatus;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(nullable = false)
    private String via;

    protected RecalledImplant() {}

    public RecalledImplant(
            long implantId,
            String serialNumber,
            ImplantStatus previousStatus,
            String certificateNumber,
            String via) {
        this.implantId = implantId;
        this.serialNumber = serialNumber;
        this.previousStatus = previousStatus;
        this.certificateNumber = certificateNumber;
        this.via = via.length() <= 1000 ? via : via.substring(0, 997) + "...";
    }

    /** What the recall's signature and audit entry name for this implant. */
    public Map<String, Object> state() {
        var state = new LinkedHashMap<String, Object>();
        state.put("serialNumber", serialNumber);
        state.put("previousStatus", previousStatus);
        state.put("certificateNumber", certificateNumber);
        return state;
    }

    public long implantId() {
        return implantId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public ImplantStatus previousStatus() {
        return previousStatus;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public String via() {
        return via;
    }
}
