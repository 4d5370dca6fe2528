package org.implantdhr.build.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.build.entity.Machine;
import org.implantdhr.build.entity.MachineActivity;
import org.implantdhr.build.entity.MachineQualification;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/** The LPBF machines, their calibrations, and who is qualified to run or program each of them. */
@Stateless
@RolesAllowed("ENGINEER")
public class Machines {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @EJB Users users;

    public Machine register(MachineData data) {
        if (find(data.assetId()).isPresent()) {
            throw new ConflictingRecordException(
                    "Machine " + data.assetId() + " is already recorded");
        }
        var machine = new Machine(data.assetId(), currentUser.username(), RecordingClock.now());
        describe(machine, data);
        em.persist(machine);
        em.flush();
        audit.created(machine);
        return machine;
    }

    public Machine correct(String assetId, MachineData data, String reason) {
        Machine machine = get(assetId);
        var before = machine.auditState();
        describe(machine, data);
        audit.changed(machine, before, reason);
        return machine;
    }

    public MachineQualification qualify(
            String assetId,
            String username,
            MachineActivity activity,
            LocalDate validFrom,
            LocalDate validUntil) {
        Machine machine = get(assetId);
        UserAccount person = person(username, "username");
        if (validUntil.isBefore(validFrom)) {
            throw new InvalidRequestException(
                    "validUntil", "A qualification cannot end before it starts");
        }
        var qualification =
                new MachineQualification(
                        machine, person.id(), person.username(), activity, validFrom, validUntil);
        em.persist(qualification);
        em.flush();
        audit.created(qualification);
        return qualification;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<MachineQualification> qualifications(String assetId) {
        return em.createQuery(
                        "select q from MachineQualification q where q.machine = :machine "
                                + "order by q.activity, q.userId, q.validFrom",
                        MachineQualification.class)
                .setParameter("machine", get(assetId))
                .getResultList();
    }

    /** The qualifications of one person on one machine, for every activity and period. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<MachineQualification> qualificationsOf(Machine machine, long userId) {
        return em.createQuery(
                        "select q from MachineQualification q where q.machine = :machine and q.userId = :userId "
                                + "order by q.activity, q.validFrom",
                        MachineQualification.class)
                .setParameter("machine", machine)
                .setParameter("userId", userId)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Machine> all() {
        return em.createQuery("select m from Machine m order by m.assetId", Machine.class)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Optional<Machine> find(String assetId) {
        return em.createNamedQuery(Machine.BY_ASSET_ID, Machine.class)
                .setParameter("assetId", assetId)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Machine get(String assetId) {
        return find(assetId).orElseThrow(() -> new NoSuchRecordException("Machine", assetId));
    }

    /** For records that name a machine: an unknown one is a mistake in the request. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
    public Machine referenced(String assetId, String field) {
        return find(assetId)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No machine '" + assetId + "' is recorded"));
    }

    /** A person named in a build record or a qualification must be a user of the system. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
    public UserAccount person(String username, String field) {
        return users.find(username)
                .orElseThrow(
                        () -> new InvalidRequestException(field, "No user '" + username + "'"));
    }

    /** Qualifications and builds keep the person's id; this is the name they are known by. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public String username(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user == null ? null : user.username();
    }

    private static void describe(Machine machine, MachineData data) {
        plateSize("plateSizeXMm", data.plateSizeXMm());
        plateSize("plateSizeYMm", data.plateSizeYMm());
        if ((data.plateSizeXMm() == null) != (data.plateSizeYMm() == null)) {
            throw new InvalidRequestException(
                    data.plateSizeXMm() == null ? "plateSizeXMm" : "plateSizeYMm",
                    "Give the plate's size in both x and y, or neither");
        }
        machine.describe(
                data.model(),
                data.serialNumber(),
                data.qualifiedUntil(),
                data.o2SensorCalibrationDue(),
                data.laserPowerCalibrationDue(),
                data.plateSizeXMm(),
                data.plateSizeYMm());
    }

    private static void plateSize(String field, BigDecimal mm) {
        if (mm == null) {
            return;
        }
        if (mm.signum() <= 0 || mm.compareTo(new BigDecimal("9999.999")) > 0) {
            throw new InvalidRequestException(
                    field, "A build plate's size is a positive number of mm below 10,000");
        }
        if (mm.stripTrailingZeros().scale() > PlatePosition.SCALE) {
            throw new InvalidRequestException(
                    field,
                    "More than "
                            + PlatePosition.SCALE
                            + " decimal places of a mm: "
                            + mm.toPlainString());
        }
    }
}
