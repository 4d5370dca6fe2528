package org.implantdhr.rules.buildlog;

import java.util.Objects;

/**
 * The raw build log, every sample: the layer being built, the time (milliseconds since the epoch,
 * as logged) and the chamber O2 (ppm, the logger's decimals). {@code exposureStartEpochMilli} null
 * means exposure started at the first sample.
 */
public record BuildLogTrace(
        int[] layers, long[] epochMillis, double[] o2Ppm, Long exposureStartEpochMilli) {

    public BuildLogTrace {
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(epochMillis, "epochMillis");
        Objects.requireNonNull(o2Ppm, "o2Ppm");
        if (layers.length == 0
                || layers.length != epochMillis.length
                || layers.length != o2Ppm.length) {
            throw new IllegalArgumentException(
                    "A build log needs samples, with as many layers, times and O2 readings ("
                            + layers.length
                            + ", "
                            + epochMillis.length
                            + ", "
                            + o2Ppm.length
                            + ")");
        }
        for (int i = 1; i < epochMillis.length; i++) {
            if (epochMillis[i] < epochMillis[i - 1]) {
                throw new IllegalArgumentException(
                        "Build log samples go back in time at sample " + i);
            }
        }
    }
}
