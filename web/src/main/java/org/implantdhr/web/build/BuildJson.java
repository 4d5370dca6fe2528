package org.implantdhr.web.build;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.implantdhr.build.boundary.BuildPlan;
import org.implantdhr.build.boundary.BuildSummary;
import org.implantdhr.build.entity.Coupon;
import org.implantdhr.build.entity.PlatePosition;

/**
 * A build as it is set up (references by business key) and, read back, what its log says: start,
 * end, the log file and its number of rows. {@code platePositions} gives, per placed implant, where
 * it stands on the plate: {@code {"x":45.0,"y":82.5,"label":"P3"}} (mm from the plate origin, as
 * the build job file has it; the label optional). {@code startedAt}, {@code endedAt}, {@code log}
 * and {@code layerRows} are read only.
 */
public record BuildJson(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String buildNumber,
        @NotBlank @Size(max = 40) String machine,
        @NotNull @Valid ParameterSetRef parameterSet,
        @NotBlank @Size(max = 40) String powderBatch,
        @NotBlank @Size(max = 64) String operator,
        @NotBlank @Size(max = 64) String programmer,
        @NotBlank @Size(max = 40) String buildPlateId,
        @NotBlank @Size(max = 20) String shieldingGas,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in 64 lower-case hex digits")
                String designSha256,
        List<@NotBlank String> implants,
        Map<String, String> designHashes,
        Map<String, PlatePosition> platePositions,
        List<@NotNull @Valid PlacedCoupon> coupons,
        Instant startedAt,
        Instant endedAt,
        LogFile log,
        Integer layerRows) {

    /** Which parameter set, by name and version. */
    public record ParameterSetRef(@NotBlank String name, @NotBlank String version) {}

    /** The imported log file (read only). */
    public record LogFile(long fileId, String fileName, String sha256, long sizeBytes) {}

    /** A witness coupon on the plate: TENSILE, CHEMISTRY or DENSITY. */
    public record PlacedCoupon(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._/-]{1,40}") String couponCode,
            @NotBlank String purpose) {
        static PlacedCoupon of(Coupon c) {
            return new PlacedCoupon(c.couponCode(), c.purpose().name());
        }
    }

    BuildPlan toPlan() {
        return new BuildPlan(
                buildNumber,
                machine,
                parameterSet.name(),
                parameterSet.version(),
                powderBatch,
                operator,
                programmer,
                buildPlateId,
                shieldingGas,
                designSha256,
                implants,
                designHashes,
                platePositions,
                coupons == null
                        ? List.of()
                        : coupons.stream()
                                .map(c -> new BuildPlan.PlannedCoupon(c.couponCode(), c.purpose()))
                                .toList());
    }

    static BuildJson of(BuildSummary s) {
        var b = s.build();
        var log =
                b.logFile() == null
                        ? null
                        : new LogFile(
                                b.logFile().id(),
                                b.logFile().fileName(),
                                b.logFile().sha256(),
                                b.logFile().sizeBytes());
        return new BuildJson(
                b.buildNumber(),
                b.machine().assetId(),
                new ParameterSetRef(b.parameterSet().name(), b.parameterSet().setVersion()),
                s.powderBatch(),
                s.operator(),
                s.programmer(),
                b.buildPlateId(),
                b.shieldingGas().name(),
                b.designSha256(),
                s.implants(),
                null,
                s.platePositions(),
                s.coupons().stream().map(PlacedCoupon::of).toList(),
                b.startedAt(),
                b.endedAt(),
                log,
                s.layerRows());
    }
}
