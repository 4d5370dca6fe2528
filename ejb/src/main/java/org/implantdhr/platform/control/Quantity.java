package org.implantdhr.platform.control;

import java.math.BigDecimal;

/** A measured value with the unit it was reported in, as it arrives in a request. */
public record Quantity(BigDecimal value, String unit) {}
