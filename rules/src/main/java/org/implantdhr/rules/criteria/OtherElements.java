package org.implantdhr.rules.criteria;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * PWD-CHEM-OTHER: the elements of a certificate that are neither named by a chemistry limit nor the
 * balance element. Null when the certificate reports none (the certificate then gives no evidence
 * for the check).
 */
public final class OtherElements {

    private OtherElements() {}

    public static Map<String, BigDecimal> of(
            Map<String, BigDecimal> chemistry, Collection<String> named, String balance) {
        Set<String> excluded = new java.util.HashSet<>();
        named.forEach(e -> excluded.add(e.toUpperCase()));
        excluded.add(balance.toUpperCase());
        Map<String, BigDecimal> others = new TreeMap<>();
        chemistry.forEach(
                (element, value) -> {
                    if (!excluded.contains(element.toUpperCase()) && value != null) {
                        others.put(element, value);
                    }
                });
        return others;
    }

    public static BigDecimal highest(Map<String, BigDecimal> others) {
        return others.values().stream().max(BigDecimal::compareTo).orElse(null);
    }

    public static BigDecimal total(Map<String, BigDecimal> others) {
        return others.isEmpty()
                ? null
                : others.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static String highestElement(Map<String, BigDecimal> others) {
        return others.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("none");
    }
}
