package org.implantdhr.web.build;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.implantdhr.build.boundary.ParameterSetData;
import org.implantdhr.build.entity.ParameterSet;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;

/** A versioned LPBF parameter set; each value with its unit, e.g. {"value": 30, "unit": "µm"}. */
public record ParameterSetJson(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._ /-]{1,60}") String name,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,20}") String version,
        @NotNull Quantity layerThickness,
        Quantity laserPower,
        Quantity scanSpeed,
        Quantity hatchDistance,
        boolean released) {

    ParameterSetData toData() {
        return new ParameterSetData(
                name,
                version,
                Units.MICROMETRE.convert(layerThickness, "layerThickness"),
                Units.WATT.convert(laserPower, "laserPower"),
                Units.MILLIMETRE_PER_SECOND.convert(scanSpeed, "scanSpeed"),
                Units.MICROMETRE.convert(hatchDistance, "hatchDistance"),
                released);
    }

    static ParameterSetJson of(ParameterSet p) {
        return new ParameterSetJson(
                p.name(),
                p.setVersion(),
                Units.MICROMETRE.of(p.layerThicknessUm()),
                Units.WATT.of(p.laserPowerW()),
                Units.MILLIMETRE_PER_SECOND.of(p.scanSpeedMmS()),
                Units.MICROMETRE.of(p.hatchDistanceUm()),
                p.released());
    }
}
