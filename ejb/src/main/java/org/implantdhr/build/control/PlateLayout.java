package org.implantdhr.build.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.implantdhr.build.entity.PlatePosition;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * The plate positions of a new build, held against the plate: every placed implant has one (x and y
 * in mm from the plate origin, not negative, at most {@value PlatePosition#SCALE} decimals, inside
 * the machine's plate where the machine's plate size is recorded), no position names an implant
 * that is not placed, and no two parts share a reference point or a slot label. The first problem
 * is refused, naming its field ({@code platePositions.<serial>.x}).
 */
public final class PlateLayout {

    static final int MAX_LABEL = 40;

    /** What the column holds (NUMERIC(7,3)); far beyond any build plate. */
    static final BigDecimal MAX_MM = new BigDecimal("9999.999");

    private PlateLayout() {}

    /**
     * @param plateX the machine's plate size in x (mm); null when the machine has none recorded,
     *     and then the plate's extent is not checked
     * @param plateY likewise in y
     */
    public static void check(
            List<String> placed,
            Map<String, PlatePosition> positions,
            BigDecimal plateX,
            BigDecimal plateY) {
        positions.keySet().stream()
                .filter(serial -> !placed.contains(serial))
                .sorted()
                .findFirst()
                .ifPresent(
                        serial -> {
                            throw new InvalidRequestException(
                                    field(serial),
                                    serial + " is not among the implants placed in this build");
                        });
        var points = new HashMap<String, String>();
        var labels = new HashMap<String, String>();
        for (String serial : placed) {
            PlatePosition p = positions.get(serial);
            if (p == null) {
                throw new InvalidRequestException(
                        field(serial),
                        "Give the plate position of "
                                + serial
                                + " as the build job file has it (x and y in mm)");
            }
            coordinate(serial, "x", p.x(), plateX);
            coordinate(serial, "y", p.y(), plateY);
            String point =
                    p.x().stripTrailingZeros().toPlainString()
                            + "/"
                            + p.y().stripTrailingZeros().toPlainString();
            String other = points.putIfAbsent(point, serial);
            if (other != null) {
                throw new InvalidRequestException(
                        field(serial),
                        serial
                                + " and "
                                + other
                                + " cannot stand at the same position "
                                + p.text());
            }
            if (p.label() != null) {
                if (p.label().isBlank() || p.label().length() > MAX_LABEL) {
                    throw new InvalidRequestException(
                            field(serial) + ".label",
                            "A plate label is 1 to " + MAX_LABEL + " characters, or left out");
                }
                String sameLabel = labels.putIfAbsent(p.label(), serial);
                if (sameLabel != null) {
                    throw new InvalidRequestException(
                            field(serial) + ".label",
                            serial
                                    + " and "
                                    + sameLabel
                                    + " cannot have the same plate label "
                                    + p.label());
                }
            }
        }
    }

    private static void coordinate(String serial, String axis, BigDecimal value, BigDecimal plate) {
        String field = field(serial) + "." + axis;
        if (value == null) {
            throw new InvalidRequestException(
                    field, "Give " + axis + " of " + serial + " in mm from the plate origin");
        }
        if (value.signum() < 0) {
            throw new InvalidRequestException(
                    field,
                    axis
                            + " is measured from the plate origin and cannot be negative: "
                            + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > PlatePosition.SCALE) {
            throw new InvalidRequestException(
                    field,
                    axis
                            + " has more than "
                            + PlatePosition.SCALE
                            + " decimal places of a mm: "
                            + value.toPlainString());
        }
        if (value.compareTo(MAX_MM) > 0) {
            throw new InvalidRequestException(
                    field, axis + " " + value.toPlainString() + " mm is beyond any build plate");
        }
        if (plate != null && value.compareTo(plate) > 0) {
            throw new InvalidRequestException(
                    field,
                    axis
                            + " "
                            + PlatePosition.millimetres(value)
                            + " mm lies off the machine's plate ("
                            + PlatePosition.millimetres(plate)
                            + " mm in "
                            + axis
                            + ")");
        }
    }

    private static String field(String serial) {
        return "platePositions." + serial;
    }
}
