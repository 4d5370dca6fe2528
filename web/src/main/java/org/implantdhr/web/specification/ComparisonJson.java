package org.implantdhr.web.specification;

import java.util.List;
import org.implantdhr.specification.boundary.SpecificationComparison;

/** Two versions side by side: every limit with its value in each, and whether it changed. */
public record ComparisonJson(String code, String a, String b, long changes, List<Row> limits) {

    public record Row(
            String checkId, String parameter, LimitJson a, LimitJson b, boolean changed) {}

    static ComparisonJson of(SpecificationComparison c) {
        return new ComparisonJson(
                c.code(),
                c.a(),
                c.b(),
                c.changes(),
                c.rows().stream()
                        .map(
                                r ->
                                        new Row(
                                                r.checkId(),
                                                r.parameter(),
                                                LimitJson.of(r.a()),
                                                LimitJson.of(r.b()),
                                                r.changed()))
                        .toList());
    }
}
