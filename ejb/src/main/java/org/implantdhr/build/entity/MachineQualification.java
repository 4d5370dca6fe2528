package org.implantdhr.build.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;

/**
 * That a person may run or program a machine for a period. Never changed once recorded: a renewed
 * qualification is a new record. Who created it is in the audit trail (the table keeps no creation
 * columns).
 */
@Entity
@Table(name = "machine_qualification")
public class MachineQualification implements Audited {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "machine_id", updatable = false)
    private Machine machine;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MachineActivity activity;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    /**
     * The person's user name, known when the qualification is granted; for the audit trail's label.
     */
    @Transient private String username;

    protected MachineQualification() {}

    public MachineQualification(
            Machine machine,
            long userId,
            String username,
            MachineActivity activity,
            LocalDate validFrom,
            LocalDate validUntil) {
        this.machine = machine;
        this.userId = userId;
        this.username = username;
        this.activity = activity;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public boolean validOn(LocalDate date) {
        return date != null && !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }

    @Override
    public String recordType() {
        return "MachineQualification";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return machine.assetId()
                + " "
                + activity
                + " "
                + (username == null ? "user " + userId : username);
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("machine", machine.assetId());
        state.put("userId", userId);
        state.put("username", username);
        state.put("activity", activity);
        state.put("validFrom", validFrom);
        state.put("validUntil", validUntil);
        return state;
    }

    public Machine machine() {
        return machine;
    }

    public long userId() {
        return userId;
    }

    public MachineActivity activity() {
        return activity;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
