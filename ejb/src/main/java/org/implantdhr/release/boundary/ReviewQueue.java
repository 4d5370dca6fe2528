package org.implantdhr.release.boundary;

import org.implantdhr.platform.control.RecordingClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.nonconformance.entity.NonconformanceStatus;
import org.implantdhr.release.entity.Decision;
import org.implantdhr.rules.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The QA work queue, section by section, each a query filtered in the database: implants still collecting
 * evidence, implants waiting for QA's review and decision, evaluations with warnings nobody has acknowledged,
 * implants with open nonconformance reports, and today's releases. Each section shows at most {@code limit}
 * implants.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReviewQueue {

    /** "The latest evaluation of its implant": no later one exists (ties on the time broken by id). */
    private static final String LATEST = "not exists (select e2 from ReleaseEvaluation e2 where e2.implantId = e.implantId "
            + "and (e2.createdAt > e.createdAt or (e2.createdAt = e.createdAt and e2.id > e.id)))";

    /** Rows read at most per implant shown in the sections that list findings or reports. */
    private static final int ROWS_PER_IMPLANT = 20;

    @PersistenceContext
    EntityManager em;

    /** Registered, not yet evaluated: production and inspection are still recording their evidence. */
    public List<QueueEntry> awaitingEvidence(int limit) {
        return em.createQuery("select i.serialNumber, c.caseNumber, i.status, i.createdAt from Implant i, ImplantCase c "
                        + "where c.id = i.caseId and i.status = :status order by i.serialNumber", Object[].class)
                .setParameter("status", ImplantStatus.IN_PROCESS).setMaxResults(limit).getResultStream()
                .map(r -> new QueueEntry((String) r[0], (String) r[1], name(r[2]), null, (Instant) r[3], ""))
                .toList();
    }

    /** Ready for review or evaluated and not yet decided, with the verdict of the latest evaluation. */
    public List<QueueEntry> readyForReview(int limit) {
        List<Object[]> implants = em.createQuery("select i.id, i.serialNumber, c.caseNumber, i.status, i.createdAt "
                        + "from Implant i, ImplantCase c where c.id = i.caseId and i.status in :statuses "
                        + "order by i.serialNumber", Object[].class)
                .setParameter("statuses", Set.of(ImplantStatus.READY_FOR_REVIEW, ImplantStatus.EVALUATED))
                .setMaxResults(limit).getResultList();
        Map<Long, Object[]> latest = latestEvaluations(implants.stream().map(r -> (Long) r[0]).toList());
        return implants.stream().map(r -> {
            Object[] evaluation = latest.get((Long) r[0]);
            return new QueueEntry((String) r[1], (String) r[2], name(r[3]),
                    evaluation == null ? null : name(evaluation[1]),
                    evaluation == null ? (Instant) r[4] : (Instant) evaluation[2], "");
        }).toList();
    }

    /** Evaluated implants whose latest evaluation has a WARN finding without an acknowledgement. */
    public List<QueueEntry> warningsToAcknowledge(int limit) {
        List<Object[]> rows = em.createQuery("select i.serialNumber, c.caseNumber, i.status, e.verdict, e.createdAt, "
                        + "f.checkId from Implant i, ImplantCase c, ReleaseEvaluation e, ReleaseFinding f "
                        + "where c.id = i.caseId and e.implantId = i.id and f.evaluation = e and i.status = :status "
                        + "and f.outcome = :warn and not exists (select a from WarningAcknowledgement a where a.finding = f) "
                        + "and " + LATEST + " order by i.serialNumber, f.seq", Object[].class)
                .setParameter("status", ImplantStatus.EVALUATED).setParameter("warn", Outcome.WARN)
                .setMaxResults(limit * ROWS_PER_IMPLANT).getResultList();
        return grouped(rows, limit, r -> (String) r[5], r -> new QueueEntry((String) r[0], (String) r[1], name(r[2]),
                name(r[3]), (Instant) r[4], ""));
    }

    /** Implants with at least one open nonconformance report, the oldest report first. */
    public List<QueueEntry> openNonconformances(int limit) {
        List<Object[]> rows = em.createQuery("select i.serialNumber, c.caseNumber, i.status, n.openedAt, "
                        + "n.number, n.checkId from Nonconformance n, Implant i, ImplantCase c "
                        + "where n.implantId = i.id and c.id = i.caseId and n.status = :open "
                        + "order by n.openedAt, n.id", Object[].class)
                .setParameter("open", NonconformanceStatus.OPEN).setMaxResults(limit * ROWS_PER_IMPLANT)
                .getResultList();
        return grouped(rows, limit, r -> r[5] == null ? (String) r[4] : r[4] + " " + r[5], r -> new QueueEntry((String) r[0], (String) r[1], name(r[2]), null,
                (Instant) r[3], ""));
    }

    /** Released since midnight UTC (the release date of an evaluation is a UTC date too), latest first. */
    public List<QueueEntry> releasedToday(int limit) {
        Instant midnight = RecordingClock.today().atStartOfDay(ZoneOffset.UTC).toInstant();
        return em.createQuery("select i.serialNumber, c.caseNumber, i.status, d.createdAt, d.createdBy "
                        + "from ReleaseDecision d, Implant i, ImplantCase c where d.implantId = i.id and c.id = i.caseId "
                        + "and d.decision = :released and d.createdAt >= :midnight order by d.createdAt desc", Object[].class)
                .setParameter("released", Decision.RELEASED).setParameter("midnight", midnight)
                .setMaxResults(limit).getResultStream()
                .map(r -> new QueueEntry((String) r[0], (String) r[1], name(r[2]), null, (Instant) r[3],
                        "by " + r[4]))
                .toList();
    }

    /** implant id → [implant id, verdict, evaluated at] of its latest evaluation. */
    private Map<Long, Object[]> latestEvaluations(Collection<Long> implantIds) {
        var latest = new LinkedHashMap<Long, Object[]>();
        if (implantIds.isEmpty()) {
            return latest;
        }
        em.createQuery("select e.implantId, e.verdict, e.createdAt from ReleaseEvaluation e "
                        + "where e.implantId in :ids and " + LATEST, Object[].class)
                .setParameter("ids", implantIds).getResultList()
                .forEach(r -> latest.put((Long) r[0], r));
        return latest;
    }

    /**
     * Several rows per implant (one per finding or report), merged by serial number in the order of first
     * appearance: the first row's values, and the details of all of them.
     */
    private static List<QueueEntry> grouped(List<Object[]> rows, int limit, Function<Object[], String> detail,
                                            Function<Object[], QueueEntry> entry) {
        var bySerial = new LinkedHashMap<String, QueueEntry>();
        var details = new LinkedHashMap<String, List<String>>();
        for (Object[] r : rows) {
            String serial = (String) r[0];
            if (!bySerial.containsKey(serial)) {
                if (bySerial.size() == limit) {
                    continue;
                }
                bySerial.put(serial, entry.apply(r));
                details.put(serial, new ArrayList<>());
            }
            String text = detail.apply(r);
            if (text != null && !details.get(serial).contains(text)) {
                details.get(serial).add(text);
            }
        }
        return bySerial.values().stream().map(e -> new QueueEntry(e.serialNumber(), e.caseNumber(), e.status(),
                e.verdict(), e.since(), String.join(", ", details.get(e.serialNumber())))).toList();
    }

    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
