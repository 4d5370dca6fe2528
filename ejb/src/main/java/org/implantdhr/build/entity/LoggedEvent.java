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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.build.control.BuildEventType;
import org.implantdhr.platform.entity.Audited;

/**
 * An event the machine reported in a build's log (exposure start, recoater crash, restart, ...)
 * and, once an engineer has judged it, their disposition. Rule BLD-EVENTS needs a disposition for
 * every interruption.
 */
@Entity
@Table(name = "build_event")
public class LoggedEvent implements Audited {

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Version private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "build_id", updatable = false)
    private Build build;

    @Column(name = "layer_number", nullable = false, updatable = false)
    private int layerNumber;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private BuildEventType type;

    @Column(length = 1000)
    private String disposition;

    @Column(name = "dispositioned_by")
    private String dispositionedBy;

    @Column(name = "dispositioned_at")
    private Instant dispositionedAt;

    protected LoggedEvent() {}

    public LoggedEvent(Build build, int layerNumber, Instant occurredAt, BuildEventType type) {
        this.build = build;
        this.layerNumber = layerNumber;
        this.occurredAt = occurredAt;
        this.type = type;
    }

    public void dispose(String disposition, String engineer, Instant at) {
        this.disposition = disposition;
        this.dispositionedBy = engineer;
        this.dispositionedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String recordType() {
        return "BuildEvent";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return build.buildNumber() + " layer " + layerNumber + " " + type;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("build", build.buildNumber());
        state.put("layer", layerNumber);
        state.put("occurredAt", occurredAt);
        state.put("type", type);
        state.put("disposition", disposition);
        state.put("dispositionedBy", dispositionedBy);
        state.put("dispositionedAt", dispositionedAt);
        return state;
    }

    public Build build() {
        return build;
    }

    public int layerNumber() {
        return layerNumber;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public BuildEventType type() {
        return type;
    }

    public String disposition() {
        return disposition;
    }

    public String dispositionedBy() {
        return dispositionedBy;
    }

    public Instant dispositionedAt() {
        return dispositionedAt;
    }
}
