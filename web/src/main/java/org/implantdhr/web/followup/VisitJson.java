package org.implantdhr.web.followup;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.implantdhr.followup.entity.DiseaseStatus;
import org.implantdhr.followup.entity.VasUnit;
import org.implantdhr.followup.entity.Visit;
import org.implantdhr.followup.entity.VisitFindings;

/**
 * A visit's findings. The field limits here only keep absurd numbers out; the scales themselves
 * (Karnofsky's step, the VAS line and grain, the protocol's instrument) are checked by the followup
 * component. {@code reason} is required when a recorded visit is corrected.
 */
public record VisitJson(
        String visitCode,
        @NotNull LocalDate visitDate,
        @Min(-1000) @Max(1000) Integer karnofsky,
        @DecimalMin("-1000") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
                BigDecimal vasValue,
        VasUnit vasUnit,
        @Size(max = 40) String instrumentCode,
        @Size(max = 20) String instrumentVersion,
        @DecimalMin("-1000") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
                BigDecimal instrumentScore,
        DiseaseStatus diseaseStatus,
        LocalDate diseaseStatusDate,
        @Size(max = 2000) String notes,
        @Size(max = 2000) String reason) {

    VisitFindings findings() {
        return new VisitFindings(
                visitDate,
                karnofsky,
                vasValue,
                vasUnit,
                instrumentCode,
                instrumentVersion,
                instrumentScore,
                diseaseStatus,
                diseaseStatusDate,
                notes);
    }

    static VisitJson of(Visit v) {
        return new VisitJson(
                v.visitCode(),
                v.visitDate(),
                v.karnofsky(),
                v.vasValue(),
                v.vasUnit(),
                v.instrumentCode(),
                v.instrumentVersion(),
                v.instrumentScore(),
                v.diseaseStatus(),
                v.diseaseStatusDate(),
                v.notes(),
                null);
    }
}
