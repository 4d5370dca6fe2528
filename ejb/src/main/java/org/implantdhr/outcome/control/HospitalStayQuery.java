package org.implantdhr.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hospital stays per group: one row per implanted patient in scope (the operation, admission and
 * discharge dates), since a median needs the values themselves; the join and the scope are the
 * database's.
 */
@Dependent
public class HospitalStayQuery {

    @PersistenceContext EntityManager em;

    public Map<String, HospitalStay> stays(Grouping grouping, OutcomeScope scope) {
        String sql =
                "SELECT "
                        + grouping.keySql()
                        + ", im.operated_at, im.admission_date, im.discharge_date"
                        + grouping.from(scope, "");
        Map<String, long[]> patients = new TreeMap<>();
        Map<String, List<Long>> postOperative = new TreeMap<>();
        Map<String, List<Long>> fromAdmission = new TreeMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            String key = String.valueOf(columns[0]);
            patients.computeIfAbsent(key, k -> new long[1])[0]++;
            postOperative.computeIfAbsent(key, k -> new ArrayList<>());
            fromAdmission.computeIfAbsent(key, k -> new ArrayList<>());
            LocalDate discharge = SqlValues.date(columns[3]);
            if (discharge != null) {
                postOperative
                        .get(key)
                        .add(StudyTimeScale.daysBetween(SqlValues.date(columns[1]), discharge));
                fromAdmission
                        .get(key)
                        .add(StudyTimeScale.daysBetween(SqlValues.date(columns[2]), discharge));
            }
        }
        Map<String, HospitalStay> stays = new TreeMap<>();
        patients.forEach(
                (key, count) ->
                        stays.put(
                                key,
                                new HospitalStay(
                                        grouping.groupName(key),
                                        count[0],
                                        postOperative.get(key),
                                        fromAdmission.get(key))));
        return stays;
    }
}
