package org.implantdhr.build.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.evidence.entity.EvidenceFile;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * What a laboratory measured on one coupon, with who tested it where and when, and the lab's
 * report.
 */
@Entity
@Table(name = "coupon_result")
@NamedQuery(
        name = CouponResult.OF_COUPON,
        query = "select r from CouponResult r where r.coupon = :coupon order by r.id")
public class CouponResult extends Recorded implements Audited {

    public static final String OF_COUPON = "CouponResult.ofCoupon";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "coupon_id", updatable = false)
    private Coupon coupon;

    @Column(name = "test_standard", nullable = false)
    private String testStandard;

    @Column(nullable = false)
    private String laboratory;

    @Column(name = "tested_on", nullable = false)
    private LocalDate testedOn;

    @Column(name = "tested_by", nullable = false)
    private String testedBy;

    @Embedded private CouponMeasurements measurements;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_file_id")
    private EvidenceFile report;

    protected CouponResult() {}

    public CouponResult(
            Coupon coupon,
            String testStandard,
            String laboratory,
            LocalDate testedOn,
            String testedBy,
            CouponMeasurements measurements,
            String user,
            Instant at) {
        this.coupon = coupon;
        this.testStandard = testStandard;
        this.laboratory = laboratory;
        this.testedOn = testedOn;
        this.testedBy = testedBy;
        this.measurements = measurements;
        recordCreation(user, at);
    }

    public void attachReport(EvidenceFile report) {
        this.report = report;
    }

    @Override
    public String recordType() {
        return "CouponResult";
    }

    @Override
    public String label() {
        return coupon.couponCode() + " " + testStandard;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("coupon", coupon.couponCode());
        state.put("testStandard", testStandard);
        state.put("laboratory", laboratory);
        state.put("testedOn", testedOn);
        state.put("testedBy", testedBy);
        state.putAll(measurements.auditState());
        state.put("reportFile", report == null ? null : report.sha256());
        return state;
    }

    public Coupon coupon() {
        return coupon;
    }

    public String testStandard() {
        return testStandard;
    }

    public String laboratory() {
        return laboratory;
    }

    public LocalDate testedOn() {
        return testedOn;
    }

    public String testedBy() {
        return testedBy;
    }

    public CouponMeasurements measurements() {
        return measurements;
    }

    public EvidenceFile report() {
        return report;
    }
}
