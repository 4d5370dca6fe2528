package org.implantdhr.powder.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * The powder loaded into a machine for a build: which lots in which shares, how often it was
 * reused.
 */
@Entity
@Table(name = "powder_batch")
@NamedQuery(
        name = PowderBatch.BY_NUMBER,
        query = "select b from PowderBatch b where b.batchNumber = :batchNumber")
public class PowderBatch extends Recorded implements Audited {

    public static final String BY_NUMBER = "PowderBatch.byNumber";

    @Column(name = "batch_number", nullable = false, updatable = false)
    private String batchNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "powder_type", nullable = false)
    private PowderType powderType;

    @Column(name = "virgin_used_ratio")
    private String virginUsedRatio;

    @Column(name = "reuse_count", nullable = false)
    private int reuseCount;

    @Column(name = "inhouse_o_wt_pct")
    private BigDecimal inhouseOxygenWtPct;

    @Column(name = "sieved_on")
    private LocalDate sievedOn;

    @ElementCollection
    @CollectionTable(name = "powder_batch_lot", joinColumns = @JoinColumn(name = "batch_id"))
    private List<LotShare> lots = new ArrayList<>();

    protected PowderBatch() {}

    public PowderBatch(
            String batchNumber,
            PowderType powderType,
            String virginUsedRatio,
            int reuseCount,
            BigDecimal inhouseOxygenWtPct,
            LocalDate sievedOn,
            List<LotShare> lots,
            String user,
            Instant at) {
        this.batchNumber = batchNumber;
        this.powderType = powderType;
        this.virginUsedRatio = virginUsedRatio;
        this.reuseCount = reuseCount;
        this.inhouseOxygenWtPct = inhouseOxygenWtPct;
        this.sievedOn = sievedOn;
        this.lots = new ArrayList<>(lots);
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "PowderBatch";
    }

    @Override
    public String label() {
        return batchNumber;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("batchNumber", batchNumber);
        state.put("powderType", powderType);
        state.put("virginUsedRatio", virginUsedRatio);
        state.put("reuseCount", reuseCount);
        state.put("inhouseOxygenWtPct", inhouseOxygenWtPct);
        state.put("sievedOn", sievedOn);
        state.put(
                "lots",
                lots.stream()
                        .map(s -> s.lot().lotNumber() + "=" + s.massFraction().toPlainString())
                        .toList());
        return state;
    }

    public String batchNumber() {
        return batchNumber;
    }

    public PowderType powderType() {
        return powderType;
    }

    public String virginUsedRatio() {
        return virginUsedRatio;
    }

    public int reuseCount() {
        return reuseCount;
    }

    public BigDecimal inhouseOxygenWtPct() {
        return inhouseOxygenWtPct;
    }

    public LocalDate sievedOn() {
        return sievedOn;
    }

    public List<LotShare> lots() {
        return List.copyOf(lots);
    }
}
