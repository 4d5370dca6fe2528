package org.implantdhr.outcome.control;

import java.util.Map;
import java.util.TreeMap;

/**
 * The adverse events of one group, counted twice: events, and patients with at least one (a rate is
 * patients with an event over implanted patients, rounded up). A patient with events of two grades
 * counts under both.
 *
 * @param byGrade CTCAE grade 1–5 → [events, patients]
 * @param deviceAttribution attribution to the device → [events, patients]
 * @param procedureAttribution attribution to the procedure → [events, patients]
 * @param related [serious, device-related, procedure-related] → patients ("related" is possible,
 *     probable or definite)
 */
public record AdverseEventCounts(
        String group,
        long patients,
        long events,
        long patientsWithEvents,
        Map<Integer, long[]> byGrade,
        Map<String, long[]> deviceAttribution,
        Map<String, long[]> procedureAttribution,
        long seriousPatients,
        long deviceRelatedPatients,
        long procedureRelatedPatients) {

    public AdverseEventCounts {
        byGrade = new TreeMap<>(byGrade);
        deviceAttribution = new TreeMap<>(deviceAttribution);
        procedureAttribution = new TreeMap<>(procedureAttribution);
    }

    public Share grade(int grade) {
        return Share.bad(byGrade.getOrDefault(grade, new long[2])[1], patients);
    }

    public long gradeEvents(int grade) {
        return byGrade.getOrDefault(grade, new long[2])[0];
    }

    public Share serious() {
        return Share.bad(seriousPatients, patients);
    }

    public Share deviceRelated() {
        return Share.bad(deviceRelatedPatients, patients);
    }

    public Share procedureRelated() {
        return Share.bad(procedureRelatedPatients, patients);
    }

    public Share any() {
        return Share.bad(patientsWithEvents, patients);
    }
}
