package org.implantdhr.powder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Particle size, flow and density of a powder lot, from the certificate or the incoming test. */
@Embeddable
public class PowderProperties {

    @Column(name = "d10_um")
    private BigDecimal d10Um;

    @Column(name = "d50_um")
    private BigDecimal d50Um;

    @Column(name = "d90_um")
    private BigDecimal d90Um;

    @Column(name = "oversize_wt_pct")
    private BigDecimal oversizeWtPct;

    @Column(name = "hall_flow_s")
    private BigDecimal hallFlowS;

    @Column(name = "carney_flow_s")
    private BigDecimal carneyFlowS;

    @Column(name = "apparent_density_g_cm3")
    private BigDecimal apparentDensity;

    @Column(name = "tap_density_g_cm3")
    private BigDecimal tapDensity;

    protected PowderProperties() {}

    public PowderProperties(
            BigDecimal d10Um,
            BigDecimal d50Um,
            BigDecimal d90Um,
            BigDecimal oversizeWtPct,
            BigDecimal hallFlowS,
            BigDecimal carneyFlowS,
            BigDecimal apparentDensity,
            BigDecimal tapDensity) {
        this.d10Um = d10Um;
        this.d50Um = d50Um;
        this.d90Um = d90Um;
        this.oversizeWtPct = oversizeWtPct;
        this.hallFlowS = hallFlowS;
        this.carneyFlowS = carneyFlowS;
        this.apparentDensity = apparentDensity;
        this.tapDensity = tapDensity;
    }

    public BigDecimal d10Um() {
        return d10Um;
    }

    public BigDecimal d50Um() {
        return d50Um;
    }

    public BigDecimal d90Um() {
        return d90Um;
    }

    public BigDecimal oversizeWtPct() {
        return oversizeWtPct;
    }

    public BigDecimal hallFlowS() {
        return hallFlowS;
    }

    public BigDecimal carneyFlowS() {
        return carneyFlowS;
    }

    public BigDecimal apparentDensity() {
        return apparentDensity;
    }

    public BigDecimal tapDensity() {
        return tapDensity;
    }
}
