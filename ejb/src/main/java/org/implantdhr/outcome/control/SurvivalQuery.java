package org.implantdhr.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.implantdhr.followup.entity.DiseaseStatus;

/**
 * Disease-free survival times per group, read in one grouped query: per implantation the date of
 * the operation, the first visit that found a recurrence or death, and the last visit that found
 * the patient disease-free. The time is to the first event; without one the patient is censored at
 * the last disease-free assessment (day 0 when there is none after the operation).
 */
@Dependent
public class SurvivalQuery {

    @PersistenceContext EntityManager em;

    public Map<String, SurvivalCurve> curves(Grouping grouping, OutcomeScope scope) {
        String events =
                Stream.of(DiseaseStatus.values())
                        .filter(DiseaseStatus::endsDiseaseFreeSurvival)
                        .map(s -> "'" + s.name() + "'")
                        .collect(Collectors.joining(", "));
        String sql =
                "SELECT "
                        + grouping.keySql()
                        + ", im.id, im.operated_at,"
                        + " MIN(CASE WHEN v.disease_status IN ("
                        + events
                        + ") THEN v.disease_status_date END),"
                        + " MAX(CASE WHEN v.disease_status = '"
                        + DiseaseStatus.NO_EVIDENCE_OF_DISEASE.name()
                        + "' THEN v.disease_status_date END)"
                        + grouping.from(
                                scope, " LEFT JOIN follow_up_visit v ON v.implantation_id = im.id")
                        + " GROUP BY "
                        + grouping.keySql()
                        + ", im.id, im.operated_at";
        Map<String, List<SurvivalTime>> times = new TreeMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            LocalDate operation = SqlValues.date(columns[2]);
            LocalDate event = SqlValues.date(columns[3]);
            LocalDate lastFree = SqlValues.date(columns[4]);
            SurvivalTime time =
                    event != null
                            ? SurvivalTime.event(days(operation, event))
                            : SurvivalTime.censored(
                                    lastFree == null ? 0 : days(operation, lastFree));
            times.computeIfAbsent(String.valueOf(columns[0]), k -> new ArrayList<>()).add(time);
        }
        Map<String, SurvivalCurve> curves = new TreeMap<>();
        times.forEach((key, list) -> curves.put(key, KaplanMeier.estimate(list)));
        return curves;
    }

    /** Never negative: a baseline assessment before the operation is day 0. */
    private static long days(LocalDate operation, LocalDate date) {
        return Math.max(0, StudyTimeScale.daysBetween(operation, date));
    }
}
