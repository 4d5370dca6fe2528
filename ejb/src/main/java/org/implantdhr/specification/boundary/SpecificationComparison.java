package org.implantdhr.specification.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.implantdhr.rules.specification.Limit;
import org.implantdhr.rules.specification.Specification;

/**
 * Two versions side by side, limit by limit, in the order of version a (then limits only b has). A
 * limit is changed when anything of it differs, including the decimal places of a bound (0.13 and
 * 0.130 round differently).
 */
public record SpecificationComparison(String code, String a, String b, List<Row> rows) {

    /**
     * One limit in both versions; {@code a} or {@code b} is null when only the other version has
     * it.
     */
    public record Row(String checkId, String parameter, Limit a, Limit b, boolean changed) {}

    public static SpecificationComparison of(Specification a, Specification b) {
        Map<String, Limit> inB = new LinkedHashMap<>();
        b.limits().forEach(l -> inB.put(key(l), l));
        List<Row> rows = new ArrayList<>();
        for (Limit limit : a.limits()) {
            Limit other = inB.remove(key(limit));
            rows.add(
                    new Row(
                            limit.checkId(),
                            limit.parameter(),
                            limit,
                            other,
                            !Objects.equals(limit, other)));
        }
        inB.values().forEach(l -> rows.add(new Row(l.checkId(), l.parameter(), null, l, true)));
        return new SpecificationComparison(a.code(), a.version(), b.version(), rows);
    }

    public long changes() {
        return rows.stream().filter(Row::changed).count();
    }

    private static String key(Limit limit) {
        return limit.checkId() + "/" + limit.parameter();
    }
}
