package org.implantdhr.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.implantdhr.followup.entity.Attribution;

/**
 * Adverse-event counts per group, each a grouped query in the database: implanted patients, then
 * events and patients by grade, by attribution to the device and to the procedure, and patients
 * with a serious or a related event.
 */
@Dependent
public class AdverseEventQuery {

    private static final String EVENTS = " JOIN adverse_event ae ON ae.implantation_id = im.id";

    @PersistenceContext EntityManager em;

    public Map<String, AdverseEventCounts> counts(Grouping grouping, OutcomeScope scope) {
        String key = grouping.keySql();
        Map<String, Long> patients = new TreeMap<>();
        for (Object[] row :
                rows(
                        "SELECT "
                                + key
                                + ", COUNT(DISTINCT im.id)"
                                + grouping.from(scope, "")
                                + " GROUP BY "
                                + key)) {
            patients.put(String.valueOf(row[0]), SqlValues.count(row[1]));
        }
        Map<String, Map<Integer, long[]>> grades = new HashMap<>();
        for (Object[] row : byColumn(grouping, scope, "ae.grade")) {
            grades.computeIfAbsent(String.valueOf(row[0]), k -> new TreeMap<>())
                    .put(
                            ((Number) row[1]).intValue(),
                            new long[] {SqlValues.count(row[2]), SqlValues.count(row[3])});
        }
        Map<String, Map<String, long[]>> device =
                attributions(grouping, scope, "ae.device_attribution");
        Map<String, Map<String, long[]>> procedure =
                attributions(grouping, scope, "ae.procedure_attribution");
        String related =
                Stream.of(Attribution.values())
                        .filter(Attribution::related)
                        .map(a -> "'" + a.name() + "'")
                        .collect(Collectors.joining(", "));
        Map<String, long[]> totals = new HashMap<>();
        for (Object[] row :
                rows(
                        "SELECT "
                                + key
                                + ", COUNT(*), COUNT(DISTINCT im.id),"
                                + " COUNT(DISTINCT CASE WHEN ae.serious = TRUE THEN im.id END),"
                                + " COUNT(DISTINCT CASE WHEN ae.device_attribution IN ("
                                + related
                                + ") THEN im.id END),"
                                + " COUNT(DISTINCT CASE WHEN ae.procedure_attribution IN ("
                                + related
                                + ") THEN im.id END)"
                                + grouping.from(scope, EVENTS)
                                + " GROUP BY "
                                + key)) {
            long[] values = new long[5];
            for (int i = 0; i < 5; i++) {
                values[i] = SqlValues.count(row[i + 1]);
            }
            totals.put(String.valueOf(row[0]), values);
        }
        Map<String, AdverseEventCounts> counts = new LinkedHashMap<>();
        patients.forEach(
                (group, n) -> {
                    long[] total = totals.getOrDefault(group, new long[5]);
                    counts.put(
                            group,
                            new AdverseEventCounts(
                                    grouping.groupName(group),
                                    n,
                                    total[0],
                                    total[1],
                                    grades.getOrDefault(group, Map.of()),
                                    device.getOrDefault(group, Map.of()),
                                    procedure.getOrDefault(group, Map.of()),
                                    total[2],
                                    total[3],
                                    total[4]));
                });
        return counts;
    }

    private Map<String, Map<String, long[]>> attributions(
            Grouping grouping, OutcomeScope scope, String column) {
        Map<String, Map<String, long[]>> result = new HashMap<>();
        for (Object[] row : byColumn(grouping, scope, column)) {
            result.computeIfAbsent(String.valueOf(row[0]), k -> new TreeMap<>())
                    .put(
                            String.valueOf(row[1]),
                            new long[] {SqlValues.count(row[2]), SqlValues.count(row[3])});
        }
        return result;
    }

    /** Group key, the column, events and patients with an event, per group and value. */
    private List<Object[]> byColumn(Grouping grouping, OutcomeScope scope, String column) {
        String key = grouping.keySql();
        return rows(
                "SELECT "
                        + key
                        + ", "
                        + column
                        + ", COUNT(*), COUNT(DISTINCT im.id)"
                        + grouping.from(scope, EVENTS)
                        + " GROUP BY "
                        + key
                        + ", "
                        + column);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return (List<Object[]>) em.createNativeQuery(sql).getResultList();
    }
}
