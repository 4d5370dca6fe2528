package org.implantdhr.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnEnvelopeTest {

    @Test
    void keepsAOneSampleSpikeAndReducesToTwoPointsPerColumn() {
        long[] seconds = new long[30_000];
        double[] readings = new double[30_000];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = 1_000_000L + i;
            readings[i] = 800;
        }
        readings[12_345] = 812.5;

        ColumnEnvelope envelope = ColumnEnvelope.of(seconds, readings, 500);

        assertThat(envelope.size()).isEqualTo(1000);
        assertThat(Arrays.stream(envelope.celsius(), 0, envelope.size()).max().orElseThrow())
                .isEqualTo(812.5);
    }

    @Test
    void emitsMinimumAndMaximumInTheOrderTheyOccurred() {
        long[] seconds = {0, 1, 2, 3};
        double[] falling = {900, 500, 700, 100};

        ColumnEnvelope envelope = ColumnEnvelope.of(seconds, falling, 1);

        assertThat(Arrays.copyOf(envelope.celsius(), envelope.size())).containsExactly(900, 100);
        assertThat(Arrays.copyOf(envelope.seconds(), envelope.size())).containsExactly(0, 3);
    }

    @Test
    void tracesReducedTogetherEqualEachReducedAlone() {
        java.util.Random random = new java.util.Random(7);
        long[] seconds = new long[5_000];
        double[][] traces = new double[3][seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = 2_000_000L + i * 3L + random.nextInt(3);
            for (double[] trace : traces) {
                trace[i] = random.nextInt(50) == 0 ? Double.NaN : 800 + random.nextGaussian() * 5;
            }
        }

        var together = ColumnEnvelope.ofAll(seconds, traces, 333);

        for (int t = 0; t < traces.length; t++) {
            ColumnEnvelope alone = ColumnEnvelope.of(seconds, traces[t], 333);
            assertThat(together.get(t).size()).isEqualTo(alone.size());
            assertThat(together.get(t).celsius()).containsExactly(alone.celsius());
            assertThat(together.get(t).seconds()).containsExactly(alone.seconds());
        }
    }

    @Test
    void theTemperatureAxisFromTheEnvelopesSpansTheWholeChart() {
        long[] seconds = new long[10_000];
        double[][] traces = new double[2][seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = i;
            traces[0][i] = 700 + (i % 97);
            traces[1][i] = 650 + (i % 89);
        }
        traces[1][4_321] = 1_234.5;
        FurnaceCurve curve =
                new FurnaceCurve(
                        java.util.List.of("TC1", "TC2"), seconds, traces, 800, 790, 810, 100, 200);

        PlotScale.Axis axis =
                PlotScale.temperatureAxis(curve, ColumnEnvelope.ofAll(seconds, traces, 400));

        // the one-sample spike, seen only through its column, still sets the top
        assertThat(axis.step()).isEqualTo(100);
        assertThat(axis.max()).isGreaterThan(1_234.5);
        assertThat(axis.min()).isZero();
    }
}
