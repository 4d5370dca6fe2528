package org.implantdhr.rules.facts;

import java.math.BigDecimal;

/** The LPBF process parameter set used by the build. */
public record ParameterSet(String name, String version, BigDecimal layerThicknessUm) {}
