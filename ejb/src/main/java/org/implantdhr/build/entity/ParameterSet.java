package org.implantdhr.build.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A named, versioned set of LPBF process parameters; only a released one is meant for production
 * builds.
 */
@Entity
@Table(name = "parameter_set")
@NamedQuery(
        name = ParameterSet.BY_NAME_VERSION,
        query = "select p from ParameterSet p where p.name = :name and p.setVersion = :setVersion")
public class ParameterSet extends Recorded implements Audited {

    public static final String BY_NAME_VERSION = "ParameterSet.byNameVersion";

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "set_version", nullable = false, updatable = false)
    private String setVersion;

    @Column(name = "layer_thickness_um", nullable = false, updatable = false)
    private BigDecimal layerThicknessUm;

    @Column(name = "laser_power_w", updatable = false)
    private BigDecimal laserPowerW;

    @Column(name = "scan_speed_mm_s", updatable = false)
    private BigDecimal scanSpeedMmS;

    @Column(name = "hatch_distance_um", updatable = false)
    private BigDecimal hatchDistanceUm;

    @Column(nullable = false)
    private boolean released;

    protected ParameterSet() {}

    public ParameterSet(
            String name,
            String setVersion,
            BigDecimal layerThicknessUm,
            BigDecimal laserPowerW,
            BigDecimal scanSpeedMmS,
            BigDecimal hatchDistanceUm,
            boolean released,
            String user,
            Instant at) {
        this.name = name;
        this.setVersion = setVersion;
        this.layerThicknessUm = layerThicknessUm;
        this.laserPowerW = laserPowerW;
        this.scanSpeedMmS = scanSpeedMmS;
        this.hatchDistanceUm = hatchDistanceUm;
        this.released = released;
        recordCreation(user, at);
    }

    @Override
    public String recordType() {
        return "ParameterSet";
    }

    @Override
    public String label() {
        return name + " " + setVersion;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("version", setVersion);
        state.put("layerThicknessUm", layerThicknessUm);
        state.put("laserPowerW", laserPowerW);
        state.put("scanSpeedMmS", scanSpeedMmS);
        state.put("hatchDistanceUm", hatchDistanceUm);
        state.put("released", released);
        return state;
    }

    public String name() {
        return name;
    }

    public String setVersion() {
        return setVersion;
    }

    public BigDecimal layerThicknessUm() {
        return layerThicknessUm;
    }

    public BigDecimal laserPowerW() {
        return laserPowerW;
    }

    public BigDecimal scanSpeedMmS() {
        return scanSpeedMmS;
    }

    public BigDecimal hatchDistanceUm() {
        return hatchDistanceUm;
    }

    public boolean released() {
        return released;
    }
}
