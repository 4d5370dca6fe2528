package org.implantdhr.outcome.control;

import java.math.BigDecimal;

/**
 * A two-sided 95 % interval for a survival probability, its ends rounded outward (lower down, upper
 * up) so that the shown interval always contains the computed one.
 */
public record ConfidenceInterval(BigDecimal lower, BigDecimal upper) {}
