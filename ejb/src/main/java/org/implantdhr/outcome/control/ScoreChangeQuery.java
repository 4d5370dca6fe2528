package org.implantdhr.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Change from baseline to 24 months per group and scale, one grouped query per scale: each
 * patient's baseline visit joined to the 24-month visit, the gains and the study's range counted in
 * the database ({@link ImprovementRange} writes the conditions).
 */
@Dependent
public class ScoreChangeQuery {

    /** The protocol's visit codes for the two ends of the comparison. */
    public static final String BASELINE = "BASELINE";

    public static final String MONTH_24 = "M24";

    @PersistenceContext EntityManager em;

    public Map<String, ScoreChange> changes(
            Grouping grouping, OutcomeScope scope, ImprovementRange range) {
        String key = grouping.keySql();
        String joins =
                " JOIN follow_up_visit bv ON bv.implantation_id = im.id AND bv.visit_code = '"
                        + BASELINE
                        + "' AND "
                        + range.value("bv")
                        + " IS NOT NULL"
                        + " LEFT JOIN follow_up_visit fv ON fv.implantation_id = im.id AND fv.visit_code = '"
                        + MONTH_24
                        + "' AND "
                        + range.value("fv")
                        + " IS NOT NULL"
                        + range.comparableSql("bv", "fv");
        String sql =
                "SELECT "
                        + key
                        + ", COUNT(DISTINCT im.id), COUNT(fv.id),"
                        + " SUM("
                        + range.gainSql("bv", "fv")
                        + "), SUM("
                        + range.improvedSql("bv", "fv")
                        + "), SUM("
                        + range.withinRangeSql("bv", "fv")
                        + "), SUM("
                        + range.beyondRangeSql("bv", "fv")
                        + ")"
                        + grouping.from(scope, joins)
                        + " GROUP BY "
                        + key;
        Map<String, ScoreChange> changes = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        rows.stream()
                .sorted(java.util.Comparator.comparing(row -> String.valueOf(row[0])))
                .forEach(
                        row ->
                                changes.put(
                                        String.valueOf(row[0]),
                                        new ScoreChange(
                                                grouping.groupName(String.valueOf(row[0])),
                                                range,
                                                SqlValues.count(row[1]),
                                                SqlValues.count(row[2]),
                                                points(SqlValues.decimal(row[3]), range),
                                                SqlValues.count(row[4]),
                                                SqlValues.count(row[5]),
                                                SqlValues.count(row[6]))));
        return changes;
    }

    /** An exact sum in the scale's units as points (VAS: mm / 10). */
    private static Rational points(BigDecimal units, ImprovementRange range) {
        if (units == null) {
            return Rational.ZERO;
        }
        BigInteger unscaled = units.unscaledValue();
        BigInteger denominator =
                BigInteger.TEN
                        .pow(Math.max(0, units.scale()))
                        .multiply(BigInteger.valueOf(range.unitsPerPoint()));
        BigInteger numerator =
                units.scale() < 0
                        ? unscaled.multiply(BigInteger.TEN.pow(-units.scale()))
                        : unscaled;
        return new Rational(numerator, denominator);
    }
}
