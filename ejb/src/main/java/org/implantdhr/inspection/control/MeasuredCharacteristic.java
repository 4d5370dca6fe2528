package org.implantdhr.inspection.control;

import java.util.Objects;
import java.util.Optional;

/**
 * One inspected characteristic. Lengths in millimetres. For a geometric tolerance (position,
 * profile, flatness…) the nominal is 0 and the measured value is the deviation the instrument
 * reports, as QIF defines it.
 *
 * @param tolerance the tolerance the file states, if it states one
 * @param critical marked critical (QIF: criticality level CRITICAL or KEY); DIM-CRITICAL reads it
 */
public record MeasuredCharacteristic(
        String name,
        CharacteristicKind kind,
        double nominalMm,
        Optional<Tolerance> tolerance,
        double measuredMm,
        CharacteristicStatus status,
        boolean critical) {

    /**
     * Deviations from the nominal that are accepted, {@code lowerMm ≤ upperMm}, e.g. −0.1 and +0.1.
     */
    public record Tolerance(double lowerMm, double upperMm) {
        public Tolerance {
            if (!(lowerMm <= upperMm)) {
                throw new IllegalArgumentException(
                        "lower tolerance " + lowerMm + " above upper " + upperMm);
            }
        }
    }

    public MeasuredCharacteristic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(status, "status");
    }
}
