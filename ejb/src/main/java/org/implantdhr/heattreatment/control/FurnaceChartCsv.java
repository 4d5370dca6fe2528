package org.implantdhr.heattreatment.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a {@link FurnaceChart} in the canonical format that {@link FurnaceChartParser} reads:
 * {@code timestamp}, then each thermocouple as {@code <name> <role> [°C]}, then {@code vacuum
 * [mbar]} or {@code dew point [°C]} if the chart has an atmosphere trace; UTC timestamps, LF line
 * ends, no byte-order mark.
 */
public final class FurnaceChartCsv {

    private FurnaceChartCsv() {}

    public static byte[] write(FurnaceChart chart) {
        StringBuilder out =
                new StringBuilder(128 + chart.sampleCount() * (24 + 8 * chart.thermocoupleCount()));
        out.append("timestamp");
        for (int tc = 0; tc < chart.thermocoupleCount(); tc++) {
            out.append(',')
                    .append(chart.thermocoupleNames().get(tc))
                    .append(' ')
                    .append(chart.thermocoupleRoles().get(tc).name().toLowerCase(Locale.ROOT))
                    .append(" [°C]");
        }
        chart.atmosphere()
                .ifPresent(
                        a ->
                                out.append(
                                        a.kind() == AtmosphereKind.VACUUM_MBAR
                                                ? ",vacuum [mbar]"
                                                : ",dew point [°C]"));
        out.append('\n');
        for (int sample = 0; sample < chart.sampleCount(); sample++) {
            out.append(chart.timestamp(sample));
            for (int tc = 0; tc < chart.thermocoupleCount(); tc++) {
                out.append(',').append(chart.temperatureC(tc, sample));
            }
            int s = sample;
            chart.atmosphere().ifPresent(a -> out.append(',').append(a.value(s)));
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
