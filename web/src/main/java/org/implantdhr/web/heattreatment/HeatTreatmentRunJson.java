package org.implantdhr.web.heattreatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRunData;
import org.implantdhr.heattreatment.boundary.LoadedRun;
import org.implantdhr.heattreatment.entity.FurnaceAtmosphere;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * A heat-treatment run: furnace, recipe (e.g. SR-800-2H), operator (user name), atmosphere VACUUM
 * or ARGON, when the door was opened, and the load list of implant serials and coupon codes. The
 * chart is read only here.
 */
public record HeatTreatmentRunJson(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String runNumber,
        @NotBlank @Size(max = 40) String furnace,
        @NotBlank @Pattern(regexp = ".{1,40}") String recipe,
        @NotBlank @Size(max = 64) String operator,
        @NotBlank @Size(max = 20) String atmosphere,
        Instant doorOpenedAt,
        List<String> implantSerials,
        List<String> couponCodes,
        Chart chart) {

    /** The imported chart file and what its atmosphere column records (read only). */
    public record Chart(long fileId, String fileName, String sha256, String atmosphereTrace) {}

    HeatTreatmentRunData toData() {
        return new HeatTreatmentRunData(
                runNumber,
                furnace,
                recipe,
                operator,
                atmosphere(atmosphere),
                doorOpenedAt,
                implantSerials,
                couponCodes);
    }

    private static FurnaceAtmosphere atmosphere(String text) {
        try {
            return FurnaceAtmosphere.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "atmosphere",
                    "'"
                            + text
                            + "' is not an atmosphere; use one of "
                            + Arrays.toString(FurnaceAtmosphere.values()));
        }
    }

    static HeatTreatmentRunJson of(LoadedRun loaded) {
        var run = loaded.run();
        var chart =
                run.chart() == null
                        ? null
                        : new Chart(
                                run.chart().id(),
                                run.chart().fileName(),
                                run.chart().sha256(),
                                run.atmosphereTrace() == null
                                        ? null
                                        : run.atmosphereTrace().name());
        return new HeatTreatmentRunJson(
                run.runNumber(),
                run.furnace().furnaceCode(),
                run.recipe(),
                loaded.operator(),
                run.atmosphere() == null ? null : run.atmosphere().name(),
                run.doorOpenedAt(),
                loaded.implantSerials(),
                loaded.couponCodes(),
                chart);
    }
}
