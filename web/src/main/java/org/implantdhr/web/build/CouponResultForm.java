package org.implantdhr.web.build;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.implantdhr.build.boundary.CouponResultData;
import org.implantdhr.build.boundary.Coupons;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.CouponMeasurements;
import org.implantdhr.build.entity.CouponResult;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.implantdhr.web.platform.FormFailures;

/** A laboratory's result for a witness coupon, and the results a coupon already has. */
@Named
@RequestScoped
public class CouponResultForm {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("coupon", "result:coupon"),
            Map.entry("couponCode", "result:coupon"), Map.entry("testStandard", "result:testStandard"),
            Map.entry("laboratory", "result:laboratory"), Map.entry("testedOn", "result:testedOn"),
            Map.entry("testedBy", "result:testedBy"), Map.entry("uts", "result:uts"),
            Map.entry("yieldStrength", "result:yieldStrength"), Map.entry("elongation", "result:elongation"),
            Map.entry("reductionOfArea", "result:reductionOfArea"), Map.entry("oxygen", "result:oxygen"),
            Map.entry("nitrogen", "result:nitrogen"), Map.entry("hydrogen", "result:hydrogen"),
            Map.entry("relativeDensity", "result:relativeDensity"), Map.entry("measurements", "result:uts"));

    @EJB
    Coupons coupons;

    @Inject
    FacesContext faces;

    private String couponCode;
    private String testStandard = "ASTM E8/E8M";
    private String laboratory;
    private LocalDate testedOn;
    private String testedBy;
    private BigDecimal uts;
    private BigDecimal yieldStrength;
    private BigDecimal elongation;
    private BigDecimal reductionOfArea;
    private BigDecimal oxygen;
    private BigDecimal nitrogen;
    private BigDecimal hydrogen;
    private BigDecimal relativeDensity;

    @jakarta.annotation.PostConstruct
    void couponFromAddress() {
        couponCode = faces.getExternalContext().getRequestParameterMap().get("coupon");
    }

    public String record() {
        var data = new CouponResultData(testStandard, laboratory, testedOn, testedBy, new CouponMeasurements(uts,
                yieldStrength, elongation, reductionOfArea, oxygen, nitrogen, hydrogen, relativeDensity));
        return new FormFailures(faces, FIELDS).attempt(() -> {
            coupons.recordResult(couponCode, data);
            return "/work/coupons?faces-redirect=true&coupon=" + URLEncoder.encode(couponCode, StandardCharsets.UTF_8);
        }, "Result of coupon " + couponCode + " recorded.");
    }

    public Coupon getCoupon() {
        return couponCode == null || couponCode.isBlank() ? null : coupons.find(couponCode).orElse(null);
    }

    public List<CouponResult> getResults() {
        Coupon coupon = getCoupon();
        return coupon == null ? List.of() : coupons.results(coupon);
    }

    public String getCouponCode() { return couponCode; }
    public void setCouponCode(String couponCode) { this.couponCode = couponCode; }
    public String getTestStandard() { return testStandard; }
    public void setTestStandard(String testStandard) { this.testStandard = testStandard; }
    public String getLaboratory() { return laboratory; }
    public void setLaboratory(String laboratory) { this.laboratory = laboratory; }
    public LocalDate getTestedOn() { return testedOn; }
    public void setTestedOn(LocalDate testedOn) { this.testedOn = testedOn; }
    public String getTestedBy() { return testedBy; }
    public void setTestedBy(String testedBy) { this.testedBy = testedBy; }
    public BigDecimal getUts() { return uts; }
    public void setUts(BigDecimal uts) { this.uts = uts; }
    public BigDecimal getYieldStrength() { return yieldStrength; }
    public void setYieldStrength(BigDecimal yieldStrength) { this.yieldStrength = yieldStrength; }
    public BigDecimal getElongation() { return elongation; }
    public void setElongation(BigDecimal elongation) { this.elongation = elongation; }
    public BigDecimal getReductionOfArea() { return reductionOfArea; }
    public void setReductionOfArea(BigDecimal reductionOfArea) { this.reductionOfArea = reductionOfArea; }
    public BigDecimal getOxygen() { return oxygen; }
    public void setOxygen(BigDecimal oxygen) { this.oxygen = oxygen; }
    public BigDecimal getNitrogen() { return nitrogen; }
    public void setNitrogen(BigDecimal nitrogen) { this.nitrogen = nitrogen; }
    public BigDecimal getHydrogen() { return hydrogen; }
    public void setHydrogen(BigDecimal hydrogen) { this.hydrogen = hydrogen; }
    public BigDecimal getRelativeDensity() { return relativeDensity; }
    public void setRelativeDensity(BigDecimal relativeDensity) { this.relativeDensity = relativeDensity; }
}
