package org.implantdhr.release.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.implantdhr.inspection.boundary.InspectionRecord;
import org.implantdhr.inspection.control.InspectedCharacteristic;
import org.implantdhr.rules.facts.Characteristic;
import org.implantdhr.rules.facts.CharacteristicKind;
import org.implantdhr.rules.facts.DimensionalInspection;

/** The latest dimensional inspection as the DIM-* rules read it. */
public final class InspectionFacts {

    private InspectionFacts() {}

    public static DimensionalInspection of(InspectionRecord r) {
        var characteristics =
                r.characteristics().stream().map(InspectionFacts::characteristic).toList();
        BigDecimal fitTolerance =
                r.characteristics().stream()
                        .filter(c -> "FIT_SURFACE".equals(c.kind()))
                        .map(InspectionFacts::tolerance)
                        .filter(Objects::nonNull)
                        .max(BigDecimal::compareTo)
                        .orElse(null);
        return new DimensionalInspection(
                String.valueOf(r.id()),
                LocalDate.ofInstant(r.inspectedAt(), ZoneOffset.UTC),
                r.inspector(),
                r.instrumentCode(),
                r.instrumentCalibrationDue(),
                r.fitSurfaceInTolerancePct(),
                fitTolerance,
                characteristics);
    }

    static Characteristic characteristic(InspectedCharacteristic c) {
        return new Characteristic(
                c.name(),
                kind(c.kind()),
                decimal(c.nominalMm()),
                tolerance(c),
                decimal(c.measuredMm()),
                c.status(),
                c.critical());
    }

    static CharacteristicKind kind(String kind) {
        return switch (kind) {
            case "FIT_SURFACE" -> CharacteristicKind.FIT_SURFACE;
            case "HOLE_DIAMETER" -> CharacteristicKind.HOLE_DIAMETER;
            case "HOLE_POSITION" -> CharacteristicKind.HOLE_POSITION;
            case "WALL_THICKNESS" -> CharacteristicKind.WALL;
            default -> CharacteristicKind.OTHER;
        };
    }

    /** The wider side of the tolerance band, as the rules take one symmetric tolerance. */
    static BigDecimal tolerance(InspectedCharacteristic c) {
        BigDecimal lower =
                c.lowerToleranceMm() == null ? null : decimal(Math.abs(c.lowerToleranceMm()));
        BigDecimal upper =
                c.upperToleranceMm() == null ? null : decimal(Math.abs(c.upperToleranceMm()));
        if (lower == null) {
            return upper;
        }
        return upper == null ? lower : lower.max(upper);
    }

    /** The shortest decimal that reads back as the stored double (0.1 stays 0.1). */
    static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value));
    }
}
