package org.implantdhr.build.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;
import org.implantdhr.platform.entity.Recorded;

/**
 * A witness specimen built beside the implants, tested in their place; it follows them through heat
 * treatment.
 */
@Entity
@Table(name = "coupon")
@NamedQuery(name = Coupon.BY_CODE, query = "select c from Coupon c where c.couponCode = :code")
@NamedQuery(
        name = Coupon.OF_BUILD,
        query = "select c from Coupon c where c.build = :build order by c.couponCode")
public class Coupon extends Recorded implements Audited {

    public static final String BY_CODE = "Coupon.byCode";
    public static final String OF_BUILD = "Coupon.ofBuild";

    @Column(name = "coupon_code", nullable = false, updatable = false)
    private String couponCode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "build_id", updatable = false)
    private Build build;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CouponPurpose purpose;

    @Column(name = "heat_treatment_run_id")
    private Long heatTreatmentRunId;

    protected Coupon() {}

    public Coupon(String couponCode, Build build, CouponPurpose purpose, String user, Instant at) {
        this.couponCode = couponCode;
        this.build = build;
        this.purpose = purpose;
        recordCreation(user, at);
    }

    public void loadIntoHeatTreatment(long runId) {
        this.heatTreatmentRunId = runId;
    }

    @Override
    public String recordType() {
        return "Coupon";
    }

    @Override
    public String label() {
        return couponCode;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("couponCode", couponCode);
        state.put("build", build.buildNumber());
        state.put("purpose", purpose);
        state.put("heatTreatmentRunId", heatTreatmentRunId);
        return state;
    }

    public String couponCode() {
        return couponCode;
    }

    public Build build() {
        return build;
    }

    public CouponPurpose purpose() {
        return purpose;
    }

    public Long heatTreatmentRunId() {
        return heatTreatmentRunId;
    }
}
