package org.implantdhr.web.build;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.implantdhr.build.boundary.CouponResultData;
import org.implantdhr.build.entity.CouponMeasurements;
import org.implantdhr.build.entity.CouponResult;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;

/**
 * A laboratory's result for a coupon. Every value with its unit: strengths in MPa, elongation,
 * reduction of area and relative density in %, O/N/H in wt% or ppm (converted to wt%). {@code id}
 * and {@code report} are read only.
 */
public record CouponResultJson(
        Long id,
        @NotBlank @Size(max = 40) String testStandard,
        @NotBlank @Size(max = 200) String laboratory,
        @NotNull LocalDate testedOn,
        @NotBlank @Size(max = 200) String testedBy,
        Quantity uts,
        Quantity yieldStrength,
        Quantity elongation,
        Quantity reductionOfArea,
        Quantity oxygen,
        Quantity nitrogen,
        Quantity hydrogen,
        Quantity relativeDensity,
        ReportFile report) {

    /** The attached laboratory report (read only). */
    public record ReportFile(long fileId, String fileName, String sha256) {}

    CouponResultData toData() {
        return new CouponResultData(
                testStandard,
                laboratory,
                testedOn,
                testedBy,
                new CouponMeasurements(
                        Units.MEGAPASCAL.convert(uts, "uts"),
                        Units.MEGAPASCAL.convert(yieldStrength, "yieldStrength"),
                        Units.PERCENT.convert(elongation, "elongation"),
                        Units.PERCENT.convert(reductionOfArea, "reductionOfArea"),
                        Units.MASS_FRACTION_PCT.convert(oxygen, "oxygen"),
                        Units.MASS_FRACTION_PCT.convert(nitrogen, "nitrogen"),
                        Units.MASS_FRACTION_PCT.convert(hydrogen, "hydrogen"),
                        Units.PERCENT.convert(relativeDensity, "relativeDensity")));
    }

    static CouponResultJson of(CouponResult r) {
        var m = r.measurements();
        var report =
                r.report() == null
                        ? null
                        : new ReportFile(
                                r.report().id(), r.report().fileName(), r.report().sha256());
        return new CouponResultJson(
                r.id(),
                r.testStandard(),
                r.laboratory(),
                r.testedOn(),
                r.testedBy(),
                Units.MEGAPASCAL.of(m.utsMpa()),
                Units.MEGAPASCAL.of(m.yieldStrengthMpa()),
                Units.PERCENT.of(m.elongationPct()),
                Units.PERCENT.of(m.reductionOfAreaPct()),
                Units.MASS_FRACTION_PCT.of(m.oxygenWtPct()),
                Units.MASS_FRACTION_PCT.of(m.nitrogenWtPct()),
                Units.MASS_FRACTION_PCT.of(m.hydrogenWtPct()),
                Units.PERCENT.of(m.relativeDensityPct()),
                report);
    }
}
