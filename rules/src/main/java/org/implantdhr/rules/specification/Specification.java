package org.implantdhr.rules.specification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A versioned release specification: its code, version and every limit of every check. */
public record Specification(String code, String version, List<Limit> limits) {

    public Specification {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        limits = List.copyOf(limits);
        rejectDuplicates(limits);
    }

    private static void rejectDuplicates(List<Limit> limits) {
        Map<String, Limit> seen = new LinkedHashMap<>();
        for (Limit limit : limits) {
            String key = limit.checkId() + "/" + limit.parameter();
            if (seen.put(key, limit) != null) {
                throw new IllegalArgumentException("Duplicate limit " + key);
            }
        }
    }

    public Optional<Limit> findLimit(String checkId, String parameter) {
        return limits.stream()
                .filter(l -> l.checkId().equals(checkId) && l.parameter().equals(parameter))
                .findFirst();
    }

    public Limit getLimit(String checkId, String parameter) {
        return findLimit(checkId, parameter)
                .orElseThrow(() -> new MissingLimitException(code, version, checkId, parameter));
    }

    /** The check ids in order of first appearance, each with the description of its first row. */
    public Map<String, String> checks() {
        Map<String, String> checks = new LinkedHashMap<>();
        for (Limit limit : limits) {
            checks.putIfAbsent(limit.checkId(), limit.description());
        }
        return checks;
    }
}
