package org.implantdhr.rules.facts;

import java.math.BigDecimal;

/** Particle size distribution of a powder lot. */
public record ParticleSize(
        BigDecimal d10Um, BigDecimal d50Um, BigDecimal d90Um, BigDecimal oversize63UmWtPercent) {}
