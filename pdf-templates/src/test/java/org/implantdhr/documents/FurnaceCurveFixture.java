package org.implantdhr.documents;

import java.util.List;
import java.util.Random;

/**
 * A vacuum stress-relief chart like the furnace exports: 30,000 samples of six load thermocouples,
 * ramp from room temperature, soak at about 800 °C, furnace cool; each thermocouple lags a little
 * and carries noise.
 */
final class FurnaceCurveFixture {

    static final long START = 1_741_939_200L;
    static final int SAMPLES = 30_000;
    static final long STEP_SECONDS = 1;
    static final long RAMP_END = 3 * 3600;
    static final long SOAK_END = RAMP_END + 2 * 3600 + 1800;

    private FurnaceCurveFixture() {}

    static FurnaceCurve realistic() {
        long[] seconds = new long[SAMPLES];
        double[][] readings = new double[6][SAMPLES];
        Random noise = new Random(42);
        for (int i = 0; i < SAMPLES; i++) {
            seconds[i] = START + i * STEP_SECONDS;
            for (int t = 0; t < 6; t++) {
                readings[t][i] =
                        temperatureAt(i * STEP_SECONDS - t * 90L)
                                + t * 0.6
                                - 1.5
                                + noise.nextGaussian() * 0.4;
            }
        }
        readings[3][20_000] += 9;
        return new FurnaceCurve(
                List.of("TC1", "TC2", "TC3", "TC4", "TC5", "TC6"),
                seconds,
                readings,
                800,
                790,
                810,
                START + RAMP_END + 900,
                START + SOAK_END);
    }

    private static double temperatureAt(long elapsed) {
        if (elapsed <= 0) {
            return 22;
        }
        if (elapsed < RAMP_END) {
            return 22
                    + (800 - 22) * (1 - Math.exp(-4.0 * elapsed / RAMP_END)) / (1 - Math.exp(-4.0));
        }
        if (elapsed < SOAK_END) {
            return 800;
        }
        return 22 + (800 - 22) * Math.exp(-(elapsed - SOAK_END) / 5400.0);
    }
}
