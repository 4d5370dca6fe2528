package org.implantdhr.web.heattreatment;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.implantdhr.heattreatment.control.AtmosphereKind;
import org.implantdhr.heattreatment.control.FurnaceTrace;

/**
 * Every sample of a run's chart, column by column (one array per thermocouple, in chart order), so
 * that a 30,000-sample trace is a few arrays rather than 30,000 objects.
 */
public record FurnaceSamplesJson(
        List<Thermocouple> thermocouples,
        String[] sampledAt,
        double[][] temperaturesC,
        Atmosphere atmosphere) {

    public record Thermocouple(String name, String role) {}

    /** The atmosphere trace: kind VACUUM (unit mbar) or DEW_POINT (unit °C). */
    public record Atmosphere(String kind, String unit, double[] values) {}

    static FurnaceSamplesJson of(FurnaceTrace trace) {
        var thermocouples =
                IntStream.range(0, trace.thermocoupleNames().size())
                        .mapToObj(
                                tc ->
                                        new Thermocouple(
                                                trace.thermocoupleNames().get(tc),
                                                trace.thermocoupleRoles().get(tc).name()))
                        .toList();
        long[] millis = trace.epochMillis();
        String[] sampledAt = new String[millis.length];
        for (int i = 0; i < millis.length; i++) {
            sampledAt[i] = Instant.ofEpochMilli(millis[i]).toString();
        }
        Atmosphere atmosphere =
                trace.atmosphereKind() == null
                        ? null
                        : trace.atmosphereKind() == AtmosphereKind.VACUUM_MBAR
                                ? new Atmosphere("VACUUM", "mbar", trace.atmosphereValues())
                                : new Atmosphere("DEW_POINT", "°C", trace.atmosphereValues());
        return new FurnaceSamplesJson(thermocouples, sampledAt, trace.temperaturesC(), atmosphere);
    }
}
