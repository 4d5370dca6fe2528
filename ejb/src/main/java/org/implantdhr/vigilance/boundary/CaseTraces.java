package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.implantdhr.trace.boundary.AffectedImplant;
import org.implantdhr.trace.boundary.TraceLink;
import org.implantdhr.trace.boundary.Traces;
import org.implantdhr.vigilance.entity.VigilanceCase;

/**
 * A vigilance case's trace, made of the trace component's own queries: its backward trace, and for
 * each record found there that others can share, its forward trace (one query per record). Where
 * each sibling is now (implantation, follow-up) is read for all of them in one query.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CaseTraces {

    /**
     * The kinds of a backward trace that name a record to trace forward from (by its key), and the
     * recall kind where the recall component can recall it.
     */
    private enum SharedKind {
        DESIGN("design", Traces.Origin.DESIGN, null),
        BUILD("build", Traces.Origin.BUILD, "BUILD"),
        POWDER_BATCH("powder batch", Traces.Origin.POWDER_BATCH, null),
        POWDER_LOT("powder lot", Traces.Origin.POWDER_LOT, "POWDER_LOT"),
        HEAT_TREATMENT_RUN(
                "heat-treatment run", Traces.Origin.HEAT_TREATMENT_RUN, "HEAT_TREATMENT_RUN"),
        CLEANING_RUN("cleaning run", Traces.Origin.CLEANING_RUN, null),
        COMPONENT_LOT("separation-plate lot", Traces.Origin.COMPONENT_LOT, "COMPONENT_LOT"),
        INSTRUMENT("dimensional inspection", Traces.Origin.INSTRUMENT, null);

        final String kind;
        final Traces.Origin origin;
        final String recallable;

        SharedKind(String kind, Traces.Origin origin, String recallable) {
            this.kind = kind;
            this.origin = origin;
            this.recallable = recallable;
        }

        /** The key to trace forward from: the link's own, or the detail that names the record. */
        String key(TraceLink link) {
            return switch (this) {
                case DESIGN -> (String) link.details().get("sha256");
                case INSTRUMENT -> (String) link.details().get("instrument");
                default -> link.key();
            };
        }

        /** How the shared record is named on the case page. */
        String label() {
            return this == INSTRUMENT ? "inspection instrument" : kind;
        }
    }

    @PersistenceContext EntityManager em;

    @EJB Traces traces;

    @EJB VigilanceCases cases;

    public CaseTrace of(String caseNumber) {
        VigilanceCase vigilanceCase = cases.get(caseNumber);
        String serial = vigilanceCase.serialNumber();
        List<TraceLink> backward = traces.backward(serial);

        record Reached(SharedKind kind, String key, List<AffectedImplant> implants) {}
        var reached = new ArrayList<Reached>();
        var seen = new LinkedHashSet<String>();
        Set<String> serials = new LinkedHashSet<>();
        for (SharedKind kind : SharedKind.values()) {
            for (TraceLink link : backward) {
                String key = link.kind().equals(kind.kind) ? kind.key(link) : null;
                // one instrument may have inspected the implant several times: trace it once
                if (key == null || !seen.add(kind + "#" + key)) {
                    continue;
                }
                List<AffectedImplant> others =
                        traces.forward(kind.origin, key).stream()
                                .filter(a -> !a.serialNumber().equals(serial))
                                .toList();
                others.forEach(a -> serials.add(a.serialNumber()));
                reached.add(new Reached(kind, key, others));
            }
        }
        Map<String, Object[]> where = whereNow(serials);
        var shared = new ArrayList<CaseTrace.Shared>();
        for (Reached r : reached) {
            var siblings = new ArrayList<CaseTrace.Sibling>();
            for (AffectedImplant a : r.implants()) {
                Object[] w = where.get(a.serialNumber());
                boolean implanted = w != null && w[1] != null;
                siblings.add(
                        new CaseTrace.Sibling(
                                a.serialNumber(),
                                a.status(),
                                a.caseNumber(),
                                implanted ? (String) w[2] : a.hospital(),
                                implanted ? (String) w[3] : a.surgeon(),
                                implanted ? instant(w[1]) : null,
                                implanted ? (String) w[4] : null,
                                implanted ? (String) w[5] : null,
                                implanted ? date(w[6]) : null,
                                a.via(),
                                a.platePosition()));
            }
            shared.add(
                    new CaseTrace.Shared(
                            r.kind().label(),
                            r.key(),
                            r.kind().origin.name(),
                            r.kind().recallable,
                            siblings));
        }
        return new CaseTrace(serial, backward, shared);
    }

    /**
     * For every implant named: its operation (time, hospital, surgeon), the implantation's status,
     * the follow-up's status and its latest visit; one query, keyed by serial number.
     */
    private Map<String, Object[]> whereNow(Set<String> serials) {
        var where = new HashMap<String, Object[]>();
        if (serials.isEmpty()) {
            return where;
        }
        List<String> all = new ArrayList<>(serials);
        // at most this many parameters to a statement (PostgreSQL takes 32,767)
        for (int from = 0; from < all.size(); from += CHUNK) {
            whereNow(all.subList(from, Math.min(all.size(), from + CHUNK)), where);
        }
        return where;
    }

    private static final int CHUNK = 1000;

    private void whereNow(List<String> named, Map<String, Object[]> where) {
        var placeholders = new StringBuilder();
        for (int i = 1; i <= named.size(); i++) {
            placeholders.append(i == 1 ? "?" : ", ?").append(i);
        }
        var query =
                em.createNativeQuery(
                        """
                        select m.serial_number, m.operated_at, m.hospital, u.full_name, m.status, f.status,
                          (select max(v.visit_date) from follow_up_visit v where v.implantation_id = m.id)
                        from implantation m join app_user u on u.id = m.surgeon_id
                        left join follow_up f on f.implantation_id = m.id
                        where m.serial_number in (%s)"""
                                .formatted(placeholders));
        for (int i = 0; i < named.size(); i++) {
            query.setParameter(i + 1, named.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> where.put((String) r[0], r));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate l) {
            return l;
        }
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
