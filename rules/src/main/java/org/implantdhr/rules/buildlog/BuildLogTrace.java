package org.implantdhr.rules.buildlog;

import java.util.Objects;

/**
 * The raw build log, every sample: the layer being built, the time and the chamber O2.
 * {@code exposureStartEpochSecond} null means exposure started at the first sample.
 */
public record BuildLogTrace(int[] layers, long[] epochSeconds, double[] o2Ppm, Long exposureStartEpochSecond) {

    public BuildLogTrace {
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(epochSeconds, "epochSeconds");
        Objects.requireNonNull(o2Ppm, "o2Ppm");
        if (layers.length == 0 || layers.length != epochSeconds.length || layers.length != o2Ppm.length) {
            throw new IllegalArgumentException("A build log needs samples, with as many layers, times and O2 readings ("
                    + layers.length + ", " + epochSeconds.length + ", " + o2Ppm.length + ")");
        }
        for (int i = 1; i < epochSeconds.length; i++) {
            if (epochSeconds[i] < epochSeconds[i - 1]) {
                throw new IllegalArgumentException("Build log samples go back in time at sample " + i);
            }
        }
    }
}
