package org.implantdhr.release.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.powder.entity.Chemistry;
import org.implantdhr.powder.entity.Chemistry.Element;

/**
 * A powder lot's certificate chemistry by element symbol, as the rules read it. The record keeps
 * the other elements only as the highest single value and their total; the rules judge
 * PWD-CHEM-OTHER from the individual elements, so they are given as the highest one plus the rest
 * of the total split into parts no larger than it. The highest and the total the rules derive are
 * then exactly the recorded ones.
 */
public final class CertificateChemistry {

    private static final Map<Element, String> SYMBOLS =
            Map.of(
                    Element.AL,
                    "Al",
                    Element.V,
                    "V",
                    Element.FE,
                    "Fe",
                    Element.O,
                    "O",
                    Element.C,
                    "C",
                    Element.N,
                    "N",
                    Element.H,
                    "H",
                    Element.Y,
                    "Y");

    private CertificateChemistry() {}

    public static Map<String, BigDecimal> of(Chemistry chemistry) {
        var bySymbol = new LinkedHashMap<String, BigDecimal>();
        if (chemistry == null) {
            return bySymbol;
        }
        SYMBOLS.forEach(
                (element, symbol) -> {
                    BigDecimal value = chemistry.of(element);
                    if (value != null) {
                        bySymbol.put(symbol, value);
                    }
                });
        bySymbol.putAll(
                others(chemistry.of(Element.OTHER_EACH), chemistry.of(Element.OTHER_TOTAL)));
        return bySymbol;
    }

    static Map<String, BigDecimal> others(BigDecimal highest, BigDecimal total) {
        var parts = new LinkedHashMap<String, BigDecimal>();
        if (highest == null) {
            if (total != null) {
                parts.put("other (total)", total);
            }
            return parts;
        }
        parts.put("other 1 (highest)", highest);
        if (total == null || highest.signum() <= 0) {
            return parts;
        }
        BigDecimal rest = total.subtract(highest);
        int n = 2;
        while (rest.signum() > 0) {
            BigDecimal part = rest.min(highest);
            parts.put("other " + n++, part);
            rest = rest.subtract(part);
        }
        return parts;
    }
}
