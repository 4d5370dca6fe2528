package org.implantdhr.documents;

import java.math.BigDecimal;

/** Key interstitial and alloying elements, in weight percent, as certified for the lot. */
public record PowderChemistry(
        BigDecimal oxygen,
        BigDecimal nitrogen,
        BigDecimal hydrogen,
        BigDecimal iron,
        BigDecimal aluminium,
        BigDecimal vanadium) {}
