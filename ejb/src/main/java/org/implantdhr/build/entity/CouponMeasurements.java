package org.implantdhr.build.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tensile, chemistry and density values of a coupon, in the units the record keeps (MPa, %, wt %).
 * A value the laboratory did not measure is null: the rules judge it MISSING where it is needed.
 */
@Embeddable
public class CouponMeasurements {

    @Column(name = "uts_mpa")
    private BigDecimal utsMpa;

    @Column(name = "yield_strength_mpa")
    private BigDecimal yieldStrengthMpa;

    @Column(name = "elongation_pct")
    private BigDecimal elongationPct;

    @Column(name = "reduction_of_area_pct")
    private BigDecimal reductionOfAreaPct;

    @Column(name = "o_wt_pct")
    private BigDecimal oxygenWtPct;

    @Column(name = "n_wt_pct")
    private BigDecimal nitrogenWtPct;

    @Column(name = "h_wt_pct")
    private BigDecimal hydrogenWtPct;

    @Column(name = "relative_density_pct")
    private BigDecimal relativeDensityPct;

    protected CouponMeasurements() {}

    public CouponMeasurements(
            BigDecimal utsMpa,
            BigDecimal yieldStrengthMpa,
            BigDecimal elongationPct,
            BigDecimal reductionOfAreaPct,
            BigDecimal oxygenWtPct,
            BigDecimal nitrogenWtPct,
            BigDecimal hydrogenWtPct,
            BigDecimal relativeDensityPct) {
        this.utsMpa = utsMpa;
        this.yieldStrengthMpa = yieldStrengthMpa;
        this.elongationPct = elongationPct;
        this.reductionOfAreaPct = reductionOfAreaPct;
        this.oxygenWtPct = oxygenWtPct;
        this.nitrogenWtPct = nitrogenWtPct;
        this.hydrogenWtPct = hydrogenWtPct;
        this.relativeDensityPct = relativeDensityPct;
    }

    public Map<String, BigDecimal> auditState() {
        var state = new LinkedHashMap<String, BigDecimal>();
        state.put("utsMpa", utsMpa);
        state.put("yieldStrengthMpa", yieldStrengthMpa);
        state.put("elongationPct", elongationPct);
        state.put("reductionOfAreaPct", reductionOfAreaPct);
        state.put("oxygenWtPct", oxygenWtPct);
        state.put("nitrogenWtPct", nitrogenWtPct);
        state.put("hydrogenWtPct", hydrogenWtPct);
        state.put("relativeDensityPct", relativeDensityPct);
        return state;
    }

    public BigDecimal utsMpa() {
        return utsMpa;
    }

    public BigDecimal yieldStrengthMpa() {
        return yieldStrengthMpa;
    }

    public BigDecimal elongationPct() {
        return elongationPct;
    }

    public BigDecimal reductionOfAreaPct() {
        return reductionOfAreaPct;
    }

    public BigDecimal oxygenWtPct() {
        return oxygenWtPct;
    }

    public BigDecimal nitrogenWtPct() {
        return nitrogenWtPct;
    }

    public BigDecimal hydrogenWtPct() {
        return hydrogenWtPct;
    }

    public BigDecimal relativeDensityPct() {
        return relativeDensityPct;
    }
}
