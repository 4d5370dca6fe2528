package org.implantdhr.build.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a {@link BuildLog} in the canonical format that {@link BuildLogParser} reads: header
 * {@code layer,timestamp,o2 [ppm],layer_thickness [um],event}, UTC timestamps, LF line ends, no
 * byte-order mark. At most one event per row: a second event on the same row is refused, since the
 * format cannot carry it (a log reports it on a row of its own).
 */
public final class BuildLogCsv {

    private BuildLogCsv() {}

    public static byte[] write(BuildLog log) {
        Map<Integer, BuildEventType> eventByRow = eventsByRow(log);
        StringBuilder out = new StringBuilder(64 + log.rowCount() * 48);
        out.append("layer,timestamp,o2 [ppm],layer_thickness [um],event\n");
        for (int row = 0; row < log.rowCount(); row++) {
            BuildEventType event = eventByRow.get(row);
            out.append(log.layer(row))
                    .append(',')
                    .append(log.timestamp(row))
                    .append(',')
                    .append(log.o2Ppm(row))
                    .append(',')
                    .append(log.layerThicknessUm(row))
                    .append(',')
                    .append(event == null ? "" : event.name())
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<Integer, BuildEventType> eventsByRow(BuildLog log) {
        Map<Instant, Integer> rowByTime = new HashMap<>();
        for (int row = 0; row < log.rowCount(); row++) {
            rowByTime.put(log.timestamp(row), row);
        }
        Map<Integer, BuildEventType> eventByRow = new HashMap<>();
        for (BuildEvent event : log.events()) {
            Integer row = rowByTime.get(event.timestamp());
            if (row == null || log.layer(row) != event.layer()) {
                throw new IllegalArgumentException(
                        "event " + event + " is not on a row of the log");
            }
            if (eventByRow.putIfAbsent(row, event.type()) != null) {
                throw new IllegalArgumentException("two events on the row of " + event.timestamp());
            }
        }
        return eventByRow;
    }
}
