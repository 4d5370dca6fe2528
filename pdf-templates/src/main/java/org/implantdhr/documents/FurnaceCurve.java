package org.implantdhr.documents;

import java.util.List;
import java.util.Objects;

/**
 * The recorded furnace chart at full resolution. {@code loadThermocouples[t][i]} is the reading in
 * °C of thermocouple {@code t} at {@code epochSeconds[i]}. The arrays are shared, not copied: a
 * chart can hold hundreds of thousands of samples and the renderer only reads them.
 */
public record FurnaceCurve(
        List<String> thermocoupleLabels,
        long[] epochSeconds,
        double[][] loadThermocouples,
        double setpointCelsius,
        double lowerLimitCelsius,
        double upperLimitCelsius,
        long soakStartEpochSecond,
        long soakEndEpochSecond) {
    public FurnaceCurve {
        thermocoupleLabels = List.copyOf(thermocoupleLabels);
        Objects.requireNonNull(epochSeconds, "epochSeconds");
        if (epochSeconds.length < 2) {
            throw new IllegalArgumentException("a furnace curve needs at least two samples");
        }
        if (loadThermocouples.length != thermocoupleLabels.size()) {
            throw new IllegalArgumentException("one label per load thermocouple");
        }
        for (double[] channel : loadThermocouples) {
            if (channel.length != epochSeconds.length) {
                throw new IllegalArgumentException(
                        "every thermocouple needs one reading per timestamp");
            }
        }
        if (lowerLimitCelsius > upperLimitCelsius || soakStartEpochSecond > soakEndEpochSecond) {
            throw new IllegalArgumentException("limits and soak window must be ordered");
        }
    }

    public long firstEpochSecond() {
        return epochSeconds[0];
    }

    public long lastEpochSecond() {
        return epochSeconds[epochSeconds.length - 1];
    }

    public long soakMinutes() {
        return (soakEndEpochSecond - soakStartEpochSecond) / 60;
    }

    public int sampleCount() {
        return epochSeconds.length;
    }

    public int thermocoupleCount() {
        return loadThermocouples.length;
    }
}
