package org.implantdhr.build.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.implantdhr.build.boundary.BuildDossier.CouponFacts;
import org.implantdhr.build.boundary.BuildDossier.CouponResultFacts;
import org.implantdhr.build.boundary.BuildDossier.EventFacts;
import org.implantdhr.build.boundary.BuildDossier.MachineFacts;
import org.implantdhr.build.boundary.BuildDossier.ParameterSetFacts;
import org.implantdhr.build.boundary.BuildDossier.Person;
import org.implantdhr.build.boundary.BuildDossier.QualificationFacts;
import org.implantdhr.build.control.BuildLayerRows;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.CouponResult;
import org.implantdhr.build.entity.Machine;
import org.implantdhr.build.entity.ParameterSet;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.powder.entity.PowderBatch;

/** Reads a build's whole record for the release rules (the mapper to rule facts starts here). */
@Stateless
@RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
public class BuildDossiers {

    @PersistenceContext EntityManager em;

    @Inject BuildLayerRows layerRows;

    @EJB Machines machines;

    @EJB BuildLogs logs;

    @EJB Coupons coupons;

    /** By the id an implant refers to its build with. */
    public BuildDossier of(long buildId) {
        Build build = em.find(Build.class, buildId);
        if (build == null) {
            throw new NoSuchRecordException("Build", buildId);
        }
        return of(build);
    }

    public BuildDossier of(String buildNumber) {
        return of(
                em.createNamedQuery(Build.BY_NUMBER, Build.class)
                        .setParameter("buildNumber", buildNumber)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new NoSuchRecordException("Build", buildNumber)));
    }

    private BuildDossier of(Build build) {
        Machine m = build.machine();
        ParameterSet p = build.parameterSet();
        PowderBatch batch = em.find(PowderBatch.class, build.powderBatchId());
        return new BuildDossier(
                build.id(),
                build.buildNumber(),
                new MachineFacts(
                        m.assetId(),
                        m.model(),
                        m.serialNumber(),
                        m.qualifiedUntil(),
                        m.o2SensorCalibrationDue(),
                        m.laserPowerCalibrationDue()),
                new ParameterSetFacts(
                        p.name(),
                        p.setVersion(),
                        p.layerThicknessUm(),
                        p.laserPowerW(),
                        p.scanSpeedMmS(),
                        p.hatchDistanceUm(),
                        p.released()),
                build.powderBatchId(),
                batch.batchNumber(),
                person(m, build.operatorId()),
                person(m, build.programmerId()),
                build.buildPlateId(),
                build.shieldingGas().name(),
                build.designSha256(),
                build.startedAt(),
                build.endedAt(),
                build.logFile() == null ? null : build.logFile().sha256(),
                layerRows.read(build.id()),
                logs.events(build).stream()
                        .map(
                                e ->
                                        new EventFacts(
                                                e.id(),
                                                e.layerNumber(),
                                                e.occurredAt(),
                                                e.type(),
                                                e.disposition(),
                                                e.dispositionedBy(),
                                                e.dispositionedAt()))
                        .toList(),
                coupons.ofBuild(build).stream().map(this::coupon).toList());
    }

    private Person person(Machine machine, long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        return new Person(
                user.username(),
                user.fullName(),
                machines.qualificationsOf(machine, userId).stream()
                        .map(
                                q ->
                                        new QualificationFacts(
                                                q.activity(), q.validFrom(), q.validUntil()))
                        .toList());
    }

    private CouponFacts coupon(Coupon coupon) {
        return new CouponFacts(
                coupon.couponCode(),
                coupon.purpose(),
                coupon.heatTreatmentRunId(),
                coupons.results(coupon).stream().map(BuildDossiers::result).toList());
    }

    private static CouponResultFacts result(CouponResult r) {
        var m = r.measurements();
        return new CouponResultFacts(
                r.id(),
                r.testStandard(),
                r.laboratory(),
                r.testedOn(),
                r.testedBy(),
                m.utsMpa(),
                m.yieldStrengthMpa(),
                m.elongationPct(),
                m.reductionOfAreaPct(),
                m.oxygenWtPct(),
                m.nitrogenWtPct(),
                m.hydrogenWtPct(),
                m.relativeDensityPct(),
                r.report() == null ? null : r.report().sha256());
    }
}
