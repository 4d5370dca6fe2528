package org.implantdhr.web.finishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.implantdhr.finishing.boundary.CleanlinessData;
import org.implantdhr.finishing.entity.CleanlinessResult;
import org.implantdhr.finishing.entity.VisualResult;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;

/**
 * One implant's cleanliness after a run: visual PASS or FAIL, residual particles ≥ 25 µm (a count),
 * endotoxin {"value":..,"unit":"EU"} per device, TOC {"value":..,"unit":"mg"}, who tested it and
 * where.
 */
public record CleanlinessJson(
        @NotBlank @Size(max = 40) String implantSerial,
        @NotBlank @Size(max = 10) String visualResult,
        Integer residualParticles,
        Quantity endotoxin,
        Quantity toc,
        @NotBlank @Size(max = 200) String testedBy,
        @Size(max = 200) String laboratory) {

    CleanlinessData toData() {
        return new CleanlinessData(
                implantSerial,
                Enums.named(VisualResult.class, visualResult, "visualResult"),
                residualParticles,
                Units.ENDOTOXIN_UNITS.convert(endotoxin, "endotoxin"),
                Units.MILLIGRAM.convert(toc, "toc"),
                testedBy,
                laboratory);
    }

    static CleanlinessJson of(@Size(max = 40) String implantSerial, CleanlinessResult r) {
        return new CleanlinessJson(
                implantSerial,
                r.visualResult().name(),
                r.residualParticles(),
                Units.ENDOTOXIN_UNITS.of(r.endotoxinEu()),
                Units.MILLIGRAM.of(r.tocMg()),
                r.testedBy(),
                r.laboratory());
    }
}
