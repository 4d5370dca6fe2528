package org.implantdhr.heattreatment.control;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Every sample of a stored furnace chart, column by column: what the release rules and the
 * certificate read. The arrays are shared, not copied, because a trace can hold hundreds of
 * thousands of values; treat them as read-only.
 *
 * @param temperaturesC [thermocouple][sample] in °C, thermocouples in chart (position) order
 * @param atmosphereKind null when the chart had no atmosphere column
 * @param atmosphereValues [sample] in the unit of {@code atmosphereKind}; null when there is none
 */
public record FurnaceTrace(
        List<String> thermocoupleNames,
        List<ThermocoupleRole> thermocoupleRoles,
        long[] epochMillis,
        double[][] temperaturesC,
        AtmosphereKind atmosphereKind,
        double[] atmosphereValues) {

    public int sampleCount() {
        return epochMillis.length;
    }

    public long[] epochSeconds() {
        long[] seconds = new long[epochMillis.length];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = Math.floorDiv(epochMillis[i], 1000L);
        }
        return seconds;
    }

    /** The traces of the LOAD thermocouples only, indexed [thermocouple][sample]. */
    public double[][] loadTemperaturesC() {
        return IntStream.range(0, thermocoupleRoles.size())
                .filter(tc -> thermocoupleRoles.get(tc) == ThermocoupleRole.LOAD)
                .mapToObj(tc -> temperaturesC[tc])
                .toArray(double[][]::new);
    }

    public List<String> loadThermocoupleNames() {
        return IntStream.range(0, thermocoupleRoles.size())
                .filter(tc -> thermocoupleRoles.get(tc) == ThermocoupleRole.LOAD)
                .mapToObj(thermocoupleNames::get)
                .toList();
    }

    /** The chamber pressure in mbar, or null when the chart recorded a dew point or nothing. */
    public double[] vacuumMbar() {
        return atmosphereKind == AtmosphereKind.VACUUM_MBAR ? atmosphereValues : null;
    }

    /** The dew point in °C, or null when the chart recorded a pressure or nothing. */
    public double[] dewPointC() {
        return atmosphereKind == AtmosphereKind.DEW_POINT_C ? atmosphereValues : null;
    }
}
