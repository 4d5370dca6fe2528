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
}
