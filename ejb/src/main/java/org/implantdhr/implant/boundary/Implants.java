package org.implantdhr.implant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.implant.entity.ImplantStatus;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The serialised implants. The process steps link an implant to their records through this boundary
 * (a build places it, a heat-treatment run loads it, a plate lot is fitted to it), each link
 * audited.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
public class Implants {

    private static final String SERIAL_PATTERN = "[A-Z0-9][A-Z0-9-]{3,39}";
    private static final List<String> READ_ALL =
            List.of("OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR");

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Resource SessionContext session;

    public Implant register(String serialNumber, long caseId, Long designId, String udiDi) {
        if (serialNumber == null || !serialNumber.matches(SERIAL_PATTERN)) {
            throw new InvalidRequestException(
                    "serialNumber", "A serial number is 4 to 40 upper-case letters, digits or '-'");
        }
        if (find(serialNumber).isPresent()) {
            throw new ConflictingRecordException(
                    "Serial number " + serialNumber + " is already used");
        }
        var implant =
                new Implant(
                        serialNumber,
                        caseId,
                        designId,
                        udiDi,
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(implant);
        em.flush();
        audit.created(implant);
        return implant;
    }

    /**
     * @param designSha256 the design the build file was made from for this implant; null when not
     *     stated
     * @param plateXMm where it stands on the plate (mm from the origin, checked by the build); null
     *     when not recorded
     */
    public Implant placeInBuild(
            String serialNumber,
            long buildId,
            String designSha256,
            BigDecimal plateXMm,
            BigDecimal plateYMm,
            String plateLabel,
            String reason) {
        return link(
                serialNumber,
                i -> i.placeInBuild(buildId, designSha256, plateXMm, plateYMm, plateLabel),
                i -> i.buildId() != null,
                "build",
                reason);
    }

    public Implant loadIntoHeatTreatment(String serialNumber, long runId, String reason) {
        return link(
                serialNumber,
                i -> i.loadIntoHeatTreatment(runId),
                i -> i.heatTreatmentRunId() != null,
                "heat-treatment run",
                reason);
    }

    public Implant fitComponent(String serialNumber, long componentLotId, String reason) {
        return link(
                serialNumber,
                i -> i.fitComponent(componentLotId),
                i -> i.componentLotId() != null,
                "separation-plate lot",
                reason);
    }

    public Implant weigh(String serialNumber, BigDecimal grams, String reason) {
        if (grams == null || grams.signum() <= 0) {
            throw new InvalidRequestException(
                    "measuredMass", "The measured mass is a positive number of grams");
        }
        if (grams.stripTrailingZeros().scale() > Implant.MASS_SCALE) {
            // kept as recorded or refused: a mass rounded on the way in could pass DES-MASS when it
            // should not
            throw new InvalidRequestException(
                    "measuredMass",
                    "The measured mass has more than "
                            + Implant.MASS_SCALE
                            + " decimal places of a gram: "
                            + grams.toPlainString());
        }
        return link(
                serialNumber,
                i -> i.weigh(grams),
                i -> i.measuredMassG() != null,
                "measured mass",
                reason);
    }

    /**
     * Status changes belong to the release flow; they are audited like any other change. A change
     * the implant's lifecycle does not allow is refused with a {@link
     * org.implantdhr.implant.entity.StatusChangeRefusedException} (409).
     */
    @RolesAllowed({"QA", "QA_MANAGER"})
    public Implant moveTo(String serialNumber, ImplantStatus status, String reason) {
        Implant implant = get(serialNumber);
        var before = implant.auditState();
        implant.moveTo(status);
        audit.changed(implant, before, reason);
        return implant;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Implant> all(int offset, int limit) {
        return em.createQuery("select i from Implant i order by i.serialNumber", Implant.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Implant> ofCase(long caseId) {
        return em.createQuery(
                        "select i from Implant i where i.caseId = :caseId order by i.serialNumber",
                        Implant.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * The implants the caller may see: all of them, or for a surgeon only those of the cases that
     * name them (the case file says who the surgeon is; the join is made in the database).
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    public List<Implant> visible(int offset, int limit) {
        if (readsAll()) {
            return all(offset, limit);
        }
        return em.createQuery(
                        "select i from Implant i where i.caseId in "
                                + "(select c.id from ImplantCase c where c.surgeonId = :me) order by i.serialNumber",
                        Implant.class)
                .setParameter("me", currentUser.account().id())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * One implant, if the caller may see it; to a surgeon the implants of other cases do not exist.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    public Implant getVisible(String serialNumber) {
        return find(serialNumber)
                .filter(i -> readsAll() || ofCallersCase(i))
                .orElseThrow(() -> new NoSuchRecordException("Implant", serialNumber));
    }

    /** The number of the build the implant was placed in, to show it by its business key. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    public Optional<String> buildNumberOf(Implant implant) {
        return implant.buildId() == null
                ? Optional.empty()
                : em.createQuery("select b.buildNumber from Build b where b.id = :id", String.class)
                        .setParameter("id", implant.buildId())
                        .getResultStream()
                        .findFirst();
    }

    /**
     * The number of the heat-treatment run the implant was loaded into, to show it by its business
     * key.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR", "SURGEON"})
    public Optional<String> heatTreatmentRunNumberOf(Implant implant) {
        return implant.heatTreatmentRunId() == null
                ? Optional.empty()
                : em.createQuery(
                                "select r.runNumber from HeatTreatmentRun r where r.id = :id",
                                String.class)
                        .setParameter("id", implant.heatTreatmentRunId())
                        .getResultStream()
                        .findFirst();
    }

    private boolean readsAll() {
        return READ_ALL.stream().anyMatch(session::isCallerInRole);
    }

    private boolean ofCallersCase(Implant implant) {
        return session.isCallerInRole("SURGEON")
                && !em.createQuery(
                                "select c.id from ImplantCase c "
                                        + "where c.id = :caseId and c.surgeonId = :me",
                                Long.class)
                        .setParameter("caseId", implant.caseId())
                        .setParameter("me", currentUser.account().id())
                        .getResultList()
                        .isEmpty();
    }

    public Optional<Implant> find(String serialNumber) {
        return em.createNamedQuery(Implant.BY_SERIAL, Implant.class)
                .setParameter("serial", serialNumber)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Implant get(String serialNumber) {
        return find(serialNumber)
                .orElseThrow(() -> new NoSuchRecordException("Implant", serialNumber));
    }

    /**
     * For other components that name an implant in a request: an unknown serial is a mistake in the
     * request.
     */
    public Implant referenced(String serialNumber, String field) {
        return find(serialNumber)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field,
                                        "No implant with serial number '" + serialNumber + "'"));
    }

    /**
     * The first link is recorded as an event; changing an existing link is a correction and needs a
     * reason.
     */
    private Implant link(
            String serialNumber,
            Consumer<Implant> change,
            Predicate<Implant> alreadyLinked,
            String what,
            String reason) {
        Implant implant = referenced(serialNumber, "serialNumber");
        var before = implant.auditState();
        boolean firstLink = !alreadyLinked.test(implant);
        change.accept(implant);
        audit.changed(
                implant,
                before,
                firstLink && (reason == null || reason.isBlank()) ? what + " recorded" : reason);
        return implant;
    }
}
