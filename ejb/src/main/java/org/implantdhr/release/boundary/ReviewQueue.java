package org.implantdhr.release.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.implantdhr.finishing.entity.OperationType;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.nonconformance.entity.NonconformanceStatus;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.release.control.ReleaseReadiness;
import org.implantdhr.release.entity.Decision;
import org.implantdhr.rules.Outcome;

/**
 * The QA work queue: every undecided implant in the group that says what comes next for it (see
 * {@link QueueGroup}), and the released ones, searched by serial, case or build number, oldest
 * first, a page at a time. Which implant is in which group is decided by the database (each group
 * is a query); the details of the rows shown (what evidence is missing, which reports are open) are
 * read for those rows only. A group is a first sorting: the review page judges the one implant
 * again as the release would ({@link ReleaseDecisions#readiness}).
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReviewQueue {

    /**
     * "e is the latest evaluation of its implant": no later one exists (ties on the time broken by
     * id).
     */
    private static final String LATEST =
            "not exists (select e2 from ReleaseEvaluation e2 where e2.implantId = e.implantId "
                    + "and (e2.createdAt > e.createdAt or (e2.createdAt = e.createdAt and e2.id > e.id)))";

    private static final String UNDECIDED = "i.status not in :decided";
    private static final String OPEN_REPORT =
            "exists (select n from Nonconformance n where n.implantId = i.id "
                    + "and n.status = :open)";

    /**
     * Evaluations are dated in UTC and a release needs one of today: a later one would be of today
     * too.
     */
    private static final String EVALUATED_TODAY =
            "exists (select e from ReleaseEvaluation e where e.implantId = i.id "
                    + "and e.releaseDate = :today)";

    /**
     * The blocking findings as {@link ReleaseReadiness#blocks} says, of the latest evaluation, made
     * today.
     */
    private static final String BLOCKING_FINDING =
            "(f.outcome = :fail or (f.outcome = :missing and f.checkId not in :onSignature))";

    private static final String BLOCKED_TODAY =
            "exists (select f from ReleaseFinding f join f.evaluation e "
                    + "where e.implantId = i.id and e.releaseDate = :today and "
                    + LATEST
                    + " and "
                    + BLOCKING_FINDING
                    + ")";

    /**
     * What the release rules need recorded before an evaluation can pass (REC-TRACE and the steps'
     * checks).
     */
    private static final String EVIDENCE_COMPLETE =
            "(i.designId is not null and i.buildId is not null "
                    + "and i.heatTreatmentRunId is not null and i.componentLotId is not null and i.measuredMassG is not null "
                    + "and exists (select o from ProcessOperation o where o.implantId = i.id and o.type = :machining) "
                    + "and exists (select r from CleanlinessResult r where r.implantId = i.id) "
                    + "and exists (select d from DimensionalInspection d where d.implantId = i.id))";

    private static final String SEARCH =
            "(upper(i.serialNumber) like :pattern escape '!' "
                    + "or upper(c.caseNumber) like :pattern escape '!' "
                    + "or exists (select b from Build b where b.id = i.buildId and upper(b.buildNumber) like :pattern escape '!'))";

    @PersistenceContext EntityManager em;

    /** How many implants each group holds for the search. */
    public Map<QueueGroup, Long> counts(String search) {
        var counts = new EnumMap<QueueGroup, Long>(QueueGroup.class);
        for (QueueGroup group : QueueGroup.values()) {
            String jpql =
                    "select count(i) from Implant i, ImplantCase c"
                            + from(group)
                            + " where c.id = i.caseId and "
                            + SEARCH
                            + " and "
                            + condition(group);
            counts.put(
                    group, bind(em.createQuery(jpql, Long.class), jpql, search).getSingleResult());
        }
        return counts;
    }

    /** One page of a group, oldest first (registered; released: release time). */
    public List<QueueEntry> entries(QueueGroup group, String search, int offset, int limit) {
        boolean released = group == QueueGroup.RELEASED;
        String jpql =
                "select i.id, i.serialNumber, c.caseNumber, i.status, "
                        + (released ? "d.createdAt, d.createdBy" : "i.createdAt, i.serialNumber")
                        + ", i.buildId, i.designId, i.heatTreatmentRunId, i.componentLotId, i.measuredMassG "
                        + "from Implant i, ImplantCase c"
                        + from(group)
                        + " where c.id = i.caseId and "
                        + SEARCH
                        + " and "
                        + condition(group)
                        + (released
                                ? " order by d.createdAt, d.id"
                                : " order by i.createdAt, i.id");
        List<Object[]> rows =
                bind(em.createQuery(jpql, Object[].class), jpql, search)
                        .setFirstResult(Math.max(0, offset))
                        .setMaxResults(Math.max(1, limit))
                        .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, String> builds =
                buildNumbers(rows.stream().map(r -> (Long) r[6]).filter(b -> b != null).toList());
        Map<Long, List<String>> details = new HashMap<>();
        Map<Long, String> reports = new HashMap<>();
        Map<Long, Instant> evaluated = new HashMap<>();
        switch (group) {
            case AWAITING_EVIDENCE -> missingEvidence(rows, ids, details);
            case READY_TO_EVALUATE -> lastEvaluations(ids, details);
            case READY_TO_SIGN -> warningsToAcknowledge(ids, details, evaluated);
            case BLOCKED -> blockers(ids, details, reports);
            case RELEASED -> rows.forEach(r -> details.put((Long) r[0], List.of("by " + r[5])));
        }
        return rows.stream()
                .map(
                        r -> {
                            Long id = (Long) r[0];
                            return new QueueEntry(
                                    (String) r[1],
                                    (String) r[2],
                                    r[6] == null ? null : builds.get((Long) r[6]),
                                    group,
                                    ((Enum<?>) r[3]).name(),
                                    evaluated.getOrDefault(id, (Instant) r[4]),
                                    String.join(", ", details.getOrDefault(id, List.of())),
                                    reports.get(id));
                        })
                .toList();
    }

    private static String from(QueueGroup group) {
        return group == QueueGroup.RELEASED ? ", ReleaseDecision d" : "";
    }

    private static String condition(QueueGroup group) {
        return switch (group) {
            case AWAITING_EVIDENCE ->
                    UNDECIDED
                            + " and not "
                            + OPEN_REPORT
                            + " and not "
                            + EVALUATED_TODAY
                            + " and not "
                            + EVIDENCE_COMPLETE;
            case READY_TO_EVALUATE ->
                    UNDECIDED
                            + " and not "
                            + OPEN_REPORT
                            + " and not "
                            + EVALUATED_TODAY
                            + " and "
                            + EVIDENCE_COMPLETE;
            case READY_TO_SIGN ->
                    UNDECIDED
                            + " and not "
                            + OPEN_REPORT
                            + " and "
                            + EVALUATED_TODAY
                            + " and not "
                            + BLOCKED_TODAY;
            case BLOCKED -> UNDECIDED + " and (" + OPEN_REPORT + " or " + BLOCKED_TODAY + ")";
            case RELEASED ->
                    "i.status = :releasedStatus and d.implantId = i.id and d.decision = :releasedDecision";
        };
    }

    /** Sets the parameters the query uses (JPA refuses one it does not use). */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String jpql, String search) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pattern", pattern(search));
        values.put("decided", ImplantStatus.decidedStatuses());
        values.put("open", NonconformanceStatus.OPEN);
        values.put("today", RecordingClock.today());
        values.put("fail", Outcome.FAIL);
        values.put("missing", Outcome.MISSING);
        values.put("onSignature", ReleaseReadiness.JUDGED_ON_THE_SIGNATURE);
        values.put("machining", OperationType.MACHINING);
        values.put("releasedStatus", ImplantStatus.RELEASED);
        values.put("releasedDecision", Decision.RELEASED);
        values.forEach(
                (name, value) -> {
                    if (jpql.matches("(?s).*:" + name + "\\b.*")) {
                        query.setParameter(name, value);
                    }
                });
        return query;
    }

    private static String pattern(String search) {
        return "%"
                + (search == null
                        ? ""
                        : search.strip()
                                .toUpperCase(Locale.ROOT)
                                .replace("!", "!!")
                                .replace("%", "!%")
                                .replace("_", "!_"))
                + "%";
    }

    private Map<Long, String> buildNumbers(Collection<Long> buildIds) {
        Map<Long, String> numbers = new HashMap<>();
        if (!buildIds.isEmpty()) {
            em.createQuery(
                            "select b.id, b.buildNumber from Build b where b.id in :ids",
                            Object[].class)
                    .setParameter("ids", Set.copyOf(buildIds))
                    .getResultList()
                    .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
        }
        return numbers;
    }

    /** Names what is not recorded yet, in process order. */
    private void missingEvidence(
            List<Object[]> rows, List<Long> ids, Map<Long, List<String>> details) {
        Set<Long> machined =
                idSet(
                        "select o.implantId from ProcessOperation o where o.implantId in :ids "
                                + "and o.type = :machining",
                        ids,
                        OperationType.MACHINING);
        Set<Long> cleaned =
                idSet(
                        "select r.implantId from CleanlinessResult r where r.implantId in :ids",
                        ids,
                        null);
        Set<Long> inspected =
                idSet(
                        "select d.implantId from DimensionalInspection d where d.implantId in :ids",
                        ids,
                        null);
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            List<String> missing = new ArrayList<>();
            if (r[7] == null) missing.add("approved design");
            if (r[6] == null) missing.add("build");
            if (r[8] == null) missing.add("heat treatment");
            if (!machined.contains(id)) missing.add("machining");
            if (!cleaned.contains(id)) missing.add("cleaning");
            if (!inspected.contains(id)) missing.add("dimensional inspection");
            if (r[10] == null) missing.add("mass");
            if (r[9] == null) missing.add("separation plate");
            details.put(id, List.of("missing: " + String.join(", ", missing)));
        }
    }

    private Set<Long> idSet(String jpql, List<Long> ids, OperationType type) {
        var query = em.createQuery(jpql, Long.class).setParameter("ids", ids);
        if (type != null) {
            query.setParameter("machining", type);
        }
        return new HashSet<>(query.getResultList());
    }

    private void lastEvaluations(List<Long> ids, Map<Long, List<String>> details) {
        ids.forEach(id -> details.put(id, List.of("not evaluated yet")));
        em.createQuery(
                        "select e.implantId, max(e.releaseDate) from ReleaseEvaluation e where e.implantId in :ids "
                                + "group by e.implantId",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(
                        r ->
                                details.put(
                                        (Long) r[0],
                                        List.of(
                                                "last evaluated on "
                                                        + r[1]
                                                        + ": evaluate again today")));
    }

    private void warningsToAcknowledge(
            List<Long> ids, Map<Long, List<String>> details, Map<Long, Instant> evaluated) {
        em.createQuery(
                        "select e.implantId, e.createdAt from ReleaseEvaluation e where e.implantId in :ids and "
                                + LATEST,
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> evaluated.put((Long) r[0], (Instant) r[1]));
        Map<Long, List<String>> warnings = new HashMap<>();
        em.createQuery(
                        "select e.implantId, f.checkId from ReleaseFinding f join f.evaluation e "
                                + "where e.implantId in :ids and "
                                + LATEST
                                + " and f.outcome = :warn "
                                + "and not exists (select a from WarningAcknowledgement a where a.finding = f) order by f.seq",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("warn", Outcome.WARN)
                .getResultList()
                .forEach(
                        r ->
                                warnings.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                                        .add((String) r[1]));
        ids.forEach(
                id ->
                        details.put(
                                id,
                                List.of(
                                        warnings.containsKey(id)
                                                ? "warnings to acknowledge: "
                                                        + String.join(", ", warnings.get(id))
                                                : "every warning acknowledged")));
    }

    private void blockers(
            List<Long> ids, Map<Long, List<String>> details, Map<Long, String> reports) {
        Map<Long, List<String>> found = new HashMap<>();
        em.createQuery(
                        "select n.implantId, n.number, n.checkId from Nonconformance n where n.implantId in :ids "
                                + "and n.status = :open order by n.openedAt, n.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("open", NonconformanceStatus.OPEN)
                .getResultList()
                .forEach(
                        r -> {
                            reports.putIfAbsent((Long) r[0], (String) r[1]);
                            found.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                                    .add("open " + r[1] + (r[2] == null ? "" : " (" + r[2] + ")"));
                        });
        em.createQuery(
                        "select e.implantId, f.outcome, f.checkId from ReleaseFinding f join f.evaluation e "
                                + "where e.implantId in :ids and e.releaseDate = :today and "
                                + LATEST
                                + " and "
                                + BLOCKING_FINDING
                                + " order by f.seq",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("today", RecordingClock.today())
                .setParameter("fail", Outcome.FAIL)
                .setParameter("missing", Outcome.MISSING)
                .setParameter("onSignature", ReleaseReadiness.JUDGED_ON_THE_SIGNATURE)
                .getResultList()
                .forEach(
                        r -> {
                            String text = r[1] + " " + r[2];
                            List<String> list =
                                    found.computeIfAbsent((Long) r[0], k -> new ArrayList<>());
                            if (!list.contains(text)) {
                                list.add(text);
                            }
                        });
        details.putAll(found);
    }
}
