package org.implantdhr.web.build;

import java.time.Instant;
import org.implantdhr.build.control.LayerSeries;

/**
 * The layer trace in columns, one entry per log row in log order: {"layer":[1,2,..],
 * "recordedAt":[..], "o2Ppm":[..], "layerThicknessUm":[..]}. Times are ISO-8601 instants in UTC.
 */
public record LayersJson(
        String buildNumber,
        int rows,
        int[] layer,
        String[] recordedAt,
        double[] o2Ppm,
        double[] layerThicknessUm) {

    static LayersJson of(String buildNumber, LayerSeries series) {
        long[] millis = series.epochMillis();
        String[] times = new String[millis.length];
        for (int i = 0; i < millis.length; i++) {
            times[i] = Instant.ofEpochMilli(millis[i]).toString();
        }
        return new LayersJson(
                buildNumber,
                series.rowCount(),
                series.layers(),
                times,
                series.o2Ppm(),
                series.layerThicknessUm());
    }
}
