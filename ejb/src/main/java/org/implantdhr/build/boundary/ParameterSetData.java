package org.implantdhr.build.boundary;

import java.math.BigDecimal;

/** A parameter set in the units the record keeps: µm, W, mm/s. */
public record ParameterSetData(
        String name,
        String version,
        BigDecimal layerThicknessUm,
        BigDecimal laserPowerW,
        BigDecimal scanSpeedMmS,
        BigDecimal hatchDistanceUm,
        boolean released) {}
