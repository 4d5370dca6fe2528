package org.implantdhr.web.build;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.implantdhr.build.boundary.CouponResultData;
import org.implantdhr.build.boundary.Coupons;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.CouponMeasurements;
import org.implantdhr.build.entity.CouponResult;
import org.implantdhr.web.platform.PageErrors;
import org.implantdhr.web.platform.Uploads;

/**
 * A laboratory's result for a witness coupon, the lab's report attached to a result, and the
 * results a coupon has.
 */
@Named
@RequestScoped
public class CouponResultForm {

    private static final Map<String, String> FIELDS =
            Map.ofEntries(
                    Map.entry("coupon", "result:coupon"),
                    Map.entry("couponCode", "result:coupon"),
                    Map.entry("testStandard", "result:testStandard"),
                    Map.entry("laboratory", "result:laboratory"),
                    Map.entry("testedOn", "result:testedOn"),
                    Map.entry("testedBy", "result:testedBy"),
                    Map.entry("uts", "result:uts"),
                    Map.entry("yieldStrength", "result:yieldStrength"),
                    Map.entry("elongation", "result:elongation"),
                    Map.entry("reductionOfArea", "result:reductionOfArea"),
                    Map.entry("oxygen", "result:oxygen"),
                    Map.entry("nitrogen", "result:nitrogen"),
                    Map.entry("hydrogen", "result:hydrogen"),
                    Map.entry("relativeDensity", "result:relativeDensity"),
                    Map.entry("measurements", "result:uts"));
    private static final Map<String, String> REPORT_FIELDS =
            Map.of("result", "report:result", "file", "report:file", "reason", "report:reason");

    @EJB Coupons coupons;

    @Inject Uploads uploads;

    @Inject FacesContext faces;

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

    private Long reportResultId;
    private String reportReason;
    private Part reportFile;
    private Coupon coupon;
    private List<CouponResult> results;

    /**
     * The coupon named in the address (?coupon=), or — when the report form is sent — the coupon it
     * was shown for: the form's choice of result is checked against that coupon's results before
     * the form's values are applied.
     */
    @jakarta.annotation.PostConstruct
    void couponFromAddress() {
        var parameters = faces.getExternalContext().getRequestParameterMap();
        couponCode = parameters.getOrDefault("coupon", parameters.get("report:coupon"));
        if (!faces.isPostback()) {
            reportResultId =
                    getResults().stream()
                            .filter(r -> r.report() == null)
                            .map(CouponResult::id)
                            .reduce((first, last) -> last)
                            .orElse(null);
        }
    }

    public String record() {
        var data =
                new CouponResultData(
                        testStandard,
                        laboratory,
                        testedOn,
                        testedBy,
                        new CouponMeasurements(
                                uts,
                                yieldStrength,
                                elongation,
                                reductionOfArea,
                                oxygen,
                                nitrogen,
                                hydrogen,
                                relativeDensity));
        return PageErrors.of(FIELDS)
                .attempt(
                        () -> {
                            coupons.recordResult(couponCode, data);
                            return "/work/coupons?faces-redirect=true&coupon="
                                    + URLEncoder.encode(couponCode, StandardCharsets.UTF_8);
                        },
                        "Result of coupon " + couponCode + " recorded.");
    }

    /**
     * Stores the laboratory's report byte for byte with the chosen result (Coupons.attachReport, as
     * the API does); replacing an attached one needs a reason. A refusal leaves nothing stored.
     */
    public String attachReport() {
        var failures = PageErrors.of(REPORT_FIELDS);
        if (!failures.fileChosen(reportFile, "file")) {
            return null;
        }
        if (reportResultId == null) {
            failures.onField("result", "Choose the result the report belongs to.");
            return null;
        }
        String fileName = Uploads.fileNameOf(reportFile);
        return failures.attempt(
                () -> {
                    coupons.attachReport(
                            couponCode,
                            reportResultId,
                            fileName,
                            uploads.bytesOf(reportFile),
                            reportReason == null || reportReason.isBlank()
                                    ? null
                                    : reportReason.strip());
                    return "/work/coupons?faces-redirect=true&coupon="
                            + URLEncoder.encode(couponCode, StandardCharsets.UTF_8);
                },
                "Report "
                        + fileName
                        + " attached to result "
                        + reportResultId
                        + " of coupon "
                        + couponCode
                        + ".");
    }

    public Coupon getCoupon() {
        if (coupon == null && couponCode != null && !couponCode.isBlank()) {
            coupon = coupons.find(couponCode).orElse(null);
        }
        return coupon;
    }

    public List<CouponResult> getResults() {
        if (results == null) {
            Coupon shown = getCoupon();
            results = shown == null ? List.of() : coupons.results(shown);
        }
        return results;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        if (!java.util.Objects.equals(this.couponCode, couponCode)) {
            coupon = null;
            results = null;
        }
        this.couponCode = couponCode;
    }

    public Long getReportResultId() {
        return reportResultId;
    }

    public void setReportResultId(Long reportResultId) {
        this.reportResultId = reportResultId;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }

    public Part getReportFile() {
        return reportFile;
    }

    public void setReportFile(Part reportFile) {
        this.reportFile = reportFile;
    }

    public String getTestStandard() {
        return testStandard;
    }

    public void setTestStandard(String testStandard) {
        this.testStandard = testStandard;
    }

    public String getLaboratory() {
        return laboratory;
    }

    public void setLaboratory(String laboratory) {
        this.laboratory = laboratory;
    }

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public void setTestedOn(LocalDate testedOn) {
        this.testedOn = testedOn;
    }

    public String getTestedBy() {
        return testedBy;
    }

    public void setTestedBy(String testedBy) {
        this.testedBy = testedBy;
    }

    public BigDecimal getUts() {
        return uts;
    }

    public void setUts(BigDecimal uts) {
        this.uts = uts;
    }

    public BigDecimal getYieldStrength() {
        return yieldStrength;
    }

    public void setYieldStrength(BigDecimal yieldStrength) {
        this.yieldStrength = yieldStrength;
    }

    public BigDecimal getElongation() {
        return elongation;
    }

    public void setElongation(BigDecimal elongation) {
        this.elongation = elongation;
    }

    public BigDecimal getReductionOfArea() {
        return reductionOfArea;
    }

    public void setReductionOfArea(BigDecimal reductionOfArea) {
        this.reductionOfArea = reductionOfArea;
    }

    public BigDecimal getOxygen() {
        return oxygen;
    }

    public void setOxygen(BigDecimal oxygen) {
        this.oxygen = oxygen;
    }

    public BigDecimal getNitrogen() {
        return nitrogen;
    }

    public void setNitrogen(BigDecimal nitrogen) {
        this.nitrogen = nitrogen;
    }

    public BigDecimal getHydrogen() {
        return hydrogen;
    }

    public void setHydrogen(BigDecimal hydrogen) {
        this.hydrogen = hydrogen;
    }

    public BigDecimal getRelativeDensity() {
        return relativeDensity;
    }

    public void setRelativeDensity(BigDecimal relativeDensity) {
        this.relativeDensity = relativeDensity;
    }
}
