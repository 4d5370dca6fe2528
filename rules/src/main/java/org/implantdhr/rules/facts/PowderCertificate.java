package org.implantdhr.rules.facts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The supplier's certificate of analysis; chemistry by element symbol ("Al", "O", "Si" ...) in wt
 * %.
 */
public record PowderCertificate(
        String documentRef, String lotNumber, Map<String, BigDecimal> chemistryWtPercent) {
    public PowderCertificate {
        chemistryWtPercent = chemistryWtPercent == null ? Map.of() : Map.copyOf(chemistryWtPercent);
    }
}
