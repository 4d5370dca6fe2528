package org.implantdhr.vigilance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.rules.vigilance.Exposure;
import org.implantdhr.rules.vigilance.SignalAssessment;
import org.implantdhr.rules.vigilance.SignalDetection;
import org.implantdhr.vigilance.control.ImplantAtRisk;

/**
 * Signal detection for QA review: per powder lot, build, heat-treatment (furnace) run and design
 * family (device model), the events per 100 implant-years of its implants against the rest, with
 * the registries' outlier rule ({@link SignalDetection}). One query per dimension reads each
 * implanted implant of a group with its dates and its event count; the days at risk are counted
 * exactly from them. A flag is a prompt for QA to review the group; it concludes nothing and
 * changes no record.
 */
@Stateless
@RolesAllowed({"QA", "QA_MANAGER", "REGULATOR"})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SignalReview {

    /** What implants are grouped by, and the joins and column that name the group. */
    public enum Dimension {
        POWDER_LOT(
                "powder lot",
                "join build b on b.id = i.build_id join powder_batch_lot bl on bl.batch_id ="
                        + " b.powder_batch_id join powder_lot g on g.id = bl.lot_id",
                "g.lot_number"),
        BUILD("build", "join build g on g.id = i.build_id", "g.build_number"),
        HEAT_TREATMENT_RUN(
                "furnace (heat-treatment) run",
                "join heat_treatment_run g on g.id = i.heat_treatment_run_id",
                "g.run_number"),
        DESIGN_FAMILY(
                "design family (device model)",
                "join implant_case g on g.id = i.case_id",
                "g.device_model");

        private final String label;
        private final String joins;
        private final String group;

        Dimension(String label, String joins, String group) {
            this.label = label;
            this.joins = joins;
            this.group = group;
        }

        public String label() {
            return label;
        }

        /**
         * The dimension of that name (POWDER_LOT, or powder-lot); a 422 on {@code field} if none.
         */
        public static Dimension named(String field, String name) {
            if (name == null || name.isBlank()) {
                throw new InvalidRequestException(
                        field, "Say which dimension: one of " + Arrays.toString(values()));
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(
                        field,
                        "No dimension " + name.strip() + "; one of " + Arrays.toString(values()));
            }
        }
    }

    /** One group's exposure and its assessment. */
    public record GroupSignal(Dimension dimension, Exposure exposure, SignalAssessment assessment) {
        public boolean flagged() {
            return assessment.flagged();
        }
    }

    @PersistenceContext EntityManager em;

    /** Every group of every dimension, flagged ones first within a dimension. */
    public List<GroupSignal> all() {
        var signals = new ArrayList<GroupSignal>();
        for (Dimension d : Dimension.values()) {
            signals.addAll(of(d));
        }
        return signals;
    }

    /** Only the flagged groups: the QA review list. */
    public List<GroupSignal> flagged() {
        return all().stream().filter(GroupSignal::flagged).toList();
    }

    public List<GroupSignal> of(Dimension dimension) {
        LocalDate today = LocalDate.ofInstant(RecordingClock.now(), ZoneOffset.UTC);
        List<Exposure> exposures = ImplantAtRisk.exposures(membersOf(dimension), today);
        List<SignalAssessment> assessments = SignalDetection.assess(exposures);
        var signals = new ArrayList<GroupSignal>();
        for (int i = 0; i < exposures.size(); i++) {
            signals.add(new GroupSignal(dimension, exposures.get(i), assessments.get(i)));
        }
        signals.sort(
                java.util.Comparator.comparing((GroupSignal s) -> !s.flagged())
                        .thenComparing(s -> s.exposure().group()));
        return signals;
    }

    /**
     * Each implanted implant of each group: the day of its operation, the day its time at risk
     * ended (explant; death; the last visit, or the status day, of a follow-up that is no longer
     * active), and its events: device-attributed adverse events (possible or stronger) and its
     * explant or revision.
     */
    private List<ImplantAtRisk> membersOf(Dimension d) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                """
                        select %s, m.id, m.operated_at, x.explanted_on,
                          (select min(coalesce(v.disease_status_date, v.visit_date)) from follow_up_visit v
                            where v.implantation_id = m.id and v.disease_status = 'DEATH'),
                          case when f.status is not null and f.status <> 'ACTIVE' then
                            coalesce((select max(v.visit_date) from follow_up_visit v where v.implantation_id = m.id),
                                     f.status_date) end,
                          (select count(*) from adverse_event e where e.implantation_id = m.id
                            and e.device_attribution in ('POSSIBLE', 'PROBABLE', 'DEFINITE'))
                          + case when x.id is null then 0 else 1 end
                        from implantation m join implant i on i.id = m.implant_id %s
                        left join explantation x on x.implantation_id = m.id
                        left join follow_up f on f.implantation_id = m.id
                        order by 1, m.id"""
                                        .formatted(d.group, d.joins))
                        .getResultList();
        var members = new ArrayList<ImplantAtRisk>();
        for (Object[] r : rows) {
            LocalDate implanted = operatedOn(r[2]);
            LocalDate ended = earliest(date(r[3]), earliest(date(r[4]), date(r[5])));
            members.add(
                    new ImplantAtRisk(
                            (String) r[0],
                            ((Number) r[1]).longValue(),
                            implanted,
                            ended,
                            ((Number) r[6]).intValue()));
        }
        return members;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** The operation's day in UTC, the day the implant-days count from. */
    private static LocalDate operatedOn(Object value) {
        if (value instanceof Timestamp t) {
            return LocalDate.ofInstant(t.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return LocalDate.ofInstant(o.toInstant(), ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
        return LocalDate.parse(value.toString().substring(0, 10));
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
