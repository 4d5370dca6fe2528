package org.implantdhr.build.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.build.control.NumericColumn;
import org.implantdhr.build.entity.Build;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.CouponMeasurements;
import org.implantdhr.build.entity.CouponPurpose;
import org.implantdhr.build.entity.CouponResult;
import org.implantdhr.evidence.control.EvidenceFiles;
import org.implantdhr.evidence.entity.EvidenceKind;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.NotAfterRecording;
import org.implantdhr.platform.control.RecordingClock;

/**
 * Witness coupons: built with a build, loaded into a heat-treatment run (by the heat-treatment
 * component), and tested by a laboratory whose results are entered here with the lab report.
 */
@Stateless
@RolesAllowed({"OPERATOR", "QA", "QA_MANAGER"})
public class Coupons {

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject NotAfterRecording notAfterRecording;

    @Inject CurrentUser currentUser;

    @Inject EvidenceFiles files;

    /** Called when a build is recorded: the coupons on its plate. */
    @RolesAllowed({"OPERATOR", "ENGINEER"})
    public Coupon build(String couponCode, Build build, CouponPurpose purpose) {
        if (find(couponCode).isPresent()) {
            throw new ConflictingRecordException("Coupon " + couponCode + " is already recorded");
        }
        var coupon =
                new Coupon(
                        couponCode, build, purpose, currentUser.username(), RecordingClock.now());
        em.persist(coupon);
        em.flush();
        audit.created(coupon);
        return coupon;
    }

    /**
     * Links a coupon to the heat-treatment run it went through (rule CPN-HT). The first link is
     * recorded as such; moving a coupon to another run is a correction and needs a reason.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
    public Coupon loadIntoHeatTreatment(String couponCode, long runId, String reason) {
        Coupon coupon = referenced(couponCode, "couponCode");
        var before = coupon.auditState();
        boolean first = coupon.heatTreatmentRunId() == null;
        coupon.loadIntoHeatTreatment(runId);
        audit.changed(
                coupon,
                before,
                first && (reason == null || reason.isBlank())
                        ? "heat-treatment run recorded"
                        : reason);
        return coupon;
    }

    public CouponResult recordResult(String couponCode, CouponResultData data) {
        Coupon coupon = get(couponCode);
        required(data.testStandard(), "testStandard");
        required(data.laboratory(), "laboratory");
        required(data.testedBy(), "testedBy");
        if (data.testedOn() == null) {
            throw new InvalidRequestException("testedOn", "testedOn is required");
        }
        notAfterRecording.check(data.testedOn(), "testedOn");
        measurable(data.measurements());
        var result =
                new CouponResult(
                        coupon,
                        data.testStandard(),
                        data.laboratory(),
                        data.testedOn(),
                        data.testedBy(),
                        data.measurements(),
                        currentUser.username(),
                        RecordingClock.now());
        em.persist(result);
        em.flush();
        audit.created(result);
        return result;
    }

    /** The laboratory's report as received. Replacing an attached report needs a reason. */
    public CouponResult attachReport(
            String couponCode, long resultId, String fileName, byte[] content, String reason) {
        CouponResult result = result(couponCode, resultId);
        if (content.length == 0) {
            throw new InvalidRequestException("file", "The report file is empty");
        }
        var before = result.auditState();
        boolean replacing = result.report() != null;
        result.attachReport(files.store(EvidenceKind.COUPON_REPORT, fileName, content));
        if (replacing) {
            audit.changed(result, before, reason);
        } else {
            audit.event(
                    "ATTACH",
                    result,
                    "report " + result.report().fileName() + " sha256 " + result.report().sha256(),
                    null);
        }
        return result;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public CouponResult result(String couponCode, long resultId) {
        CouponResult result = em.find(CouponResult.class, resultId);
        if (result == null || !result.coupon().couponCode().equals(couponCode)) {
            throw new NoSuchRecordException("Result of coupon " + couponCode, resultId);
        }
        return result;
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<CouponResult> results(Coupon coupon) {
        return em.createNamedQuery(CouponResult.OF_COUPON, CouponResult.class)
                .setParameter("coupon", coupon)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public List<Coupon> ofBuild(Build build) {
        return em.createNamedQuery(Coupon.OF_BUILD, Coupon.class)
                .setParameter("build", build)
                .getResultList();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Optional<Coupon> find(String couponCode) {
        return em.createNamedQuery(Coupon.BY_CODE, Coupon.class)
                .setParameter("code", couponCode)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER", "REGULATOR"})
    public Coupon get(String couponCode) {
        return find(couponCode).orElseThrow(() -> new NoSuchRecordException("Coupon", couponCode));
    }

    /**
     * For other components that name a coupon in a request: an unknown one is a mistake in the
     * request.
     */
    @RolesAllowed({"OPERATOR", "ENGINEER", "QA", "QA_MANAGER"})
    public Coupon referenced(String couponCode, String field) {
        return find(couponCode)
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        field, "No coupon '" + couponCode + "' is recorded"));
    }

    private static void measurable(CouponMeasurements m) {
        NumericColumn.fit(m.utsMpa(), 8, 1, "uts");
        NumericColumn.fit(m.yieldStrengthMpa(), 8, 1, "yieldStrength");
        NumericColumn.fit(m.elongationPct(), 6, 2, "elongation");
        NumericColumn.fit(m.reductionOfAreaPct(), 6, 2, "reductionOfArea");
        NumericColumn.fit(m.oxygenWtPct(), 8, 4, "oxygen");
        NumericColumn.fit(m.nitrogenWtPct(), 8, 4, "nitrogen");
        NumericColumn.fit(m.hydrogenWtPct(), 8, 5, "hydrogen");
        NumericColumn.fit(m.relativeDensityPct(), 6, 3, "relativeDensity");
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, field + " is required");
        }
    }
}
