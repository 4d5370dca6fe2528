package org.implantdhr.rules.buildlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BuildLogAnalysisTest {

    private final BuildLogAnalysis analysis = new BuildLogAnalysis(new BigDecimal("1000"));

    private static BuildLogMeasures excursionOf(long millis) {
        long[] t = {0, 10_000, 10_000 + millis, 200_000};
        return new BuildLogAnalysis(new BigDecimal("1000"))
                .analyse(
                        new BuildLogTrace(
                                new int[] {1, 2, 3, 4},
                                t,
                                new double[] {400, 1500, 900, 500},
                                null));
    }

    @Test
    void excursionLastsUntilTheFirstReadingBackAtOrBelowTheThreshold() {
        assertThat(excursionOf(60_000).longestExcursionSeconds()).isEqualByComparingTo("60");
        assertThat(excursionOf(61_000).longestExcursionSeconds()).isEqualByComparingTo("61");
        assertThat(excursionOf(60_900).longestExcursionSeconds())
                .as("to the logged millisecond")
                .isEqualByComparingTo("60.9");
    }

    @Test
    void oxygenAtExposureStartAndMaximum() {
        BuildLogMeasures m =
                analysis.analyse(
                        new BuildLogTrace(
                                new int[] {1, 1, 2},
                                new long[] {0, 100_000, 200_000},
                                new double[] {2500, 600, 1200},
                                100_000L));

        assertThat(m.o2AtExposureStartPpm()).isEqualByComparingTo("600");
        assertThat(m.maxO2Ppm()).isEqualByComparingTo("2500");
        assertThat(m.longestExcursionSeconds()).isEqualByComparingTo("100");
    }

    @Test
    void continuousLayersWithSeveralSamplesEachAreComplete() {
        BuildLogMeasures m =
                analysis.analyse(
                        new BuildLogTrace(
                                new int[] {1, 1, 2, 3, 3},
                                new long[] {0, 1, 2, 3, 4},
                                new double[5],
                                null));

        assertThat(m.layersContinuousFromOne()).isTrue();
        assertThat(m.lastLayer()).isEqualTo(3);
        assertThat(m.layersOnceEachFromOne())
                .as("1.1: a layer number in two rows is a repeat")
                .isFalse();
        assertThat(m.duplicateCount()).isEqualTo(2);
        assertThat(m.firstDuplicateLayer()).isEqualTo(1);
    }

    @Test
    void gapAndRepeatAreFound() {
        BuildLogMeasures m =
                analysis.analyse(
                        new BuildLogTrace(
                                new int[] {1, 2, 4, 5, 3, 6},
                                new long[] {0, 1, 2, 3, 4, 5},
                                new double[6],
                                null));

        assertThat(m.gapCount()).isEqualTo(1);
        assertThat(m.firstGapAfterLayer()).isEqualTo(2);
        assertThat(m.repeatCount()).isEqualTo(1);
        assertThat(m.firstRepeatedLayer()).isEqualTo(3);
        assertThat(m.layersContinuousFromOne()).isFalse();
    }

    @Test
    void aLayerLoggedTwiceInConsecutiveRowsIsARepeatUnderSpecification11Only() {
        int[] layers = new int[1001];
        for (int i = 0; i < 1000; i++) {
            layers[i] = i + 1;
        }
        layers[1000] = 1000;
        long[] t = new long[layers.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 10_000L;
        }
        BuildLogMeasures m =
                analysis.analyse(new BuildLogTrace(layers, t, new double[layers.length], null));

        assertThat(m.repeatCount()).as("1.0 counts only going back").isZero();
        assertThat(m.duplicateCount()).isEqualTo(1);
        assertThat(m.firstDuplicateLayer()).isEqualTo(1000);
        assertThat(m.layersOnceEachFromOne()).isFalse();
    }
}
