package org.implantdhr.build.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.build.control.BuildLayerRows;
import org.implantdhr.build.control.LayerSeries;
import org.implantdhr.build.control.PlateLayout;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.CouponPurpose;
import org.implantdhr.build.entity.Machine;
import org.implantdhr.build.entity.MachineActivity;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.build.entity.ShieldingGas;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.powder.entity.PowderBatch;

/**
 * LPBF builds: set up with machine, parameters, powder, people, implants and coupons; read with
 * their layers.
 */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER"})
public class Builds {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject BuildLayerRows layerRows;

    @Inject BuildSummaries summaries;

    @EJB Machines machines;

    @EJB ParameterSets parameterSets;

    @EJB Coupons coupons;

    @EJB Implants implants;

    /**
     * The operator and programmer of a build are the people who performed it, not whoever enters
     * it: each must be qualified for that activity on that machine (whether the qualification
     * covers the build's dates is judged at release, rule BLD-PEOPLE, once the log says when it
     * ran).
     */
    private long qualified(
            Machine machine, String username, MachineActivity activity, String field) {
        var person = machines.person(username, field);
        boolean qualified =
                machines.qualificationsOf(machine, person.id()).stream()
                        .anyMatch(q -> q.activity() == activity);
        if (!qualified) {
            throw new InvalidRequestException(
                    field,
                    "'"
                            + username
                            + "' is not qualified as "
                            + activity
                            + " on machine "
                            + machine.assetId());
        }
        return person.id();
    }

    public Build record(BuildPlan plan) {
        if (find(plan.buildNumber()).isPresent()) {
            throw new ConflictingRecordException(
                    "Build " + plan.buildNumber() + " is already recorded");
        }
        var machine = machines.referenced(plan.machine(), "machine");
        var build =
                new Build(
                        plan.buildNumber(),
                        machine,
                        parameterSets.referenced(
                                plan.parameterSetName(),
                                plan.parameterSetVersion(),
                                "parameterSet"),
                        powderBatch(plan.powderBatch()),
                        qualified(machine, plan.operator(), MachineActivity.OPERATOR, "operator"),
                        qualified(
                                machine,
                                plan.programmer(),
                                MachineActivity.PROGRAMMER,
                                "programmer"),
                        plan.buildPlateId(),
                        plan.designSha256(),
                        gas(plan.shieldingGas()),
                        currentUser.username(),
                        RecordingClock.now());
        var placed = placeable(plan.implants());
        plan.designHashes()
                .forEach(
                        (serial, sha) -> {
                            if (!placed.contains(serial)) {
                                throw new InvalidRequestException(
                                        "designHashes." + serial,
                                        serial + " is not among the implants placed in this build");
                            }
                            if (sha == null || !sha.matches("[0-9a-f]{64}")) {
                                throw new InvalidRequestException(
                                        "designHashes." + serial,
                                        "must be a SHA-256 in 64 lower-case hex digits");
                            }
                        });
        PlateLayout.check(
                placed, plan.platePositions(), machine.plateSizeXMm(), machine.plateSizeYMm());
        checkCoupons(plan.coupons());
        em.persist(build);
        em.flush();
        audit.created(build);
        plan.coupons()
                .forEach(
                        c ->
                                coupons.build(
                                        c.couponCode(), build, CouponPurpose.valueOf(c.purpose())));
        // each placement is audited on the implant, with its plate position, in the build's
        // transaction
        placed.forEach(
                serial -> {
                    PlatePosition at = plan.platePositions().get(serial);
                    implants.placeInBuild(
                            serial,
                            build.id(),
                            plan.designHashes().get(serial),
                            at.x(),
                            at.y(),
                            at.label(),
                            null);
                });
        return build;
    }

    /** A page of builds by build number, each with its summary (see {@link BuildSummaries}). */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<BuildSummary> summaries(int offset, int limit) {
        return summaries.byNumber(offset, limit);
    }

    /** The latest recorded builds with their summaries, newest first. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<BuildSummary> recentSummaries(int limit) {
        return summaries.newestFirst(limit);
    }

    /** The latest recorded builds, newest first. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Build> recent(int limit) {
        return em.createQuery(
                        "select b from Build b order by b.createdAt desc, b.id desc", Build.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Optional<Build> find(String buildNumber) {
        return em.createNamedQuery(Build.BY_NUMBER, Build.class)
                .setParameter("buildNumber", buildNumber)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Build get(String buildNumber) {
        return find(buildNumber).orElseThrow(() -> new NoSuchRecordException("Build", buildNumber));
    }

    /** The number of the build an implant refers to by id. */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public String numberOf(long buildId) {
        Build build = em.find(Build.class, buildId);
        if (build == null) {
            throw new NoSuchRecordException("Build", buildId);
        }
        return build.buildNumber();
    }

    /**
     * For other components that name a build in a request: an unknown one is a mistake in the
     * request.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
    public Build referenced(String buildNumber, String field) {
        return find(buildNumber)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No build '" + buildNumber + "' is recorded"));
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public BuildSummary summary(String buildNumber) {
        return summaries
                .of(buildNumber)
                .orElseThrow(() -> new NoSuchRecordException("Build", buildNumber));
    }

    /**
     * Every row of the imported log, in log order, in one query; empty before a log is imported.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public LayerSeries layers(String buildNumber) {
        return layerRows.read(get(buildNumber).id());
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public BuildLogFile logFile(String buildNumber) {
        var file = get(buildNumber).logFile();
        if (file == null) {
            throw new NoSuchRecordException("Log of build", buildNumber);
        }
        return new BuildLogFile(file.fileName(), file.mediaType(), file.sha256(), file.content());
    }

    /**
     * The batch belongs to the powder component; it is looked up here by number, for every role
     * that records builds.
     */
    private long powderBatch(String batchNumber) {
        return em.createNamedQuery(PowderBatch.BY_NUMBER, PowderBatch.class)
                .setParameter("batchNumber", batchNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        "powderBatch",
                                        "No powder batch '" + batchNumber + "' is recorded"))
                .id();
    }

    private static ShieldingGas gas(String name) {
        try {
            return ShieldingGas.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(
                    "shieldingGas",
                    "'"
                            + name
                            + "' is not a shielding gas; use one of "
                            + Arrays.toString(ShieldingGas.values()));
        }
    }

    private List<String> placeable(List<String> serials) {
        var seen = new HashSet<String>();
        for (int i = 0; i < serials.size(); i++) {
            String serial = serials.get(i);
            var implant = implants.referenced(serial, "implants[" + i + "]");
            if (!seen.add(serial)) {
                throw new InvalidRequestException(
                        "implants[" + i + "]", "Implant " + serial + " is listed twice");
            }
            if (implant.buildId() != null) {
                throw new ConflictingRecordException(
                        "Implant " + serial + " is already placed in a build");
            }
        }
        return serials;
    }

    private void checkCoupons(List<BuildPlan.PlannedCoupon> planned) {
        var seen = new HashSet<String>();
        for (int i = 0; i < planned.size(); i++) {
            var coupon = planned.get(i);
            String field = "coupons[" + i + "]";
            if (coupon.couponCode() == null || coupon.couponCode().isBlank()) {
                throw new InvalidRequestException(field + ".couponCode", "A coupon needs a code");
            }
            try {
                CouponPurpose.valueOf(String.valueOf(coupon.purpose()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(
                        field + ".purpose",
                        "'"
                                + coupon.purpose()
                                + "' is not a coupon purpose; use one of "
                                + Arrays.toString(CouponPurpose.values()));
            }
            if (!seen.add(coupon.couponCode()) || coupons.find(coupon.couponCode()).isPresent()) {
                throw new ConflictingRecordException(
                        "Coupon " + coupon.couponCode() + " is already recorded");
            }
        }
    }
}
