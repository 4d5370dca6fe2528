package org.implantdhr.inspection.control;

/**
 * A characteristic as stored with its inspection, in plain values for the release facts: lengths in
 * mm, tolerances null when the file stated none, kind and status as the enum names.
 */
public record InspectedCharacteristic(
        int seq,
        String name,
        String kind,
        double nominalMm,
        Double lowerToleranceMm,
        Double upperToleranceMm,
        double measuredMm,
        String status,
        boolean critical) {

    public boolean passed() {
        return CharacteristicStatus.PASS.name().equals(status);
    }
}
