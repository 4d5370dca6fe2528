package org.implantdhr.web.heattreatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.implantdhr.heattreatment.entity.Furnace;

/**
 * A furnace with its AMS 2750 class (1–6) and the due dates of its uniformity survey and accuracy
 * test.
 */
public record FurnaceJson(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String furnaceCode,
        @NotNull Integer ams2750Class,
        @NotNull LocalDate uniformitySurveyDue,
        @NotNull LocalDate systemAccuracyDue) {

    static FurnaceJson of(Furnace f) {
        return new FurnaceJson(
                f.furnaceCode(), f.ams2750Class(), f.uniformitySurveyDue(), f.systemAccuracyDue());
    }
}
