package org.implantdhr.rules.buildlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BuildLogAnalysisTest {

    private final BuildLogAnalysis analysis = new BuildLogAnalysis(new BigDecimal("1000"));

    private static BuildLogMeasures excursionOf(long seconds) {
        long[] t = {0, 10, 10 + seconds, 200};
        return new BuildLogAnalysis(new BigDecimal("1000"))
                .analyse(new BuildLogTrace(new int[] {1, 2, 3, 4}, t, new double[] {400, 1500, 900, 500}, null));
    }

    @Test
    void excursionLastsUntilTheFirstReadingBackAtOrBelowTheThreshold() {
        assertThat(excursionOf(60).longestExcursionSeconds()).isEqualTo(60);
        assertThat(excursionOf(61).longestExcursionSeconds()).isEqualTo(61);
    }

    @Test
    void oxygenAtExposureStartAndMaximum() {
        BuildLogMeasures m = analysis.analyse(new BuildLogTrace(new int[] {1, 1, 2}, new long[] {0, 100, 200},
                new double[] {2500, 600, 1200}, 100L));

        assertThat(m.o2AtExposureStartPpm()).isEqualByComparingTo("600");
        assertThat(m.maxO2Ppm()).isEqualByComparingTo("2500");
        assertThat(m.longestExcursionSeconds()).isEqualTo(100);
    }

    @Test
    void continuousLayersWithSeveralSamplesEachAreComplete() {
        BuildLogMeasures m = analysis.analyse(new BuildLogTrace(new int[] {1, 1, 2, 3, 3}, new long[] {0, 1, 2, 3, 4},
                new double[5], null));

        assertThat(m.layersContinuousFromOne()).isTrue();
        assertThat(m.lastLayer()).isEqualTo(3);
    }

    @Test
    void gapAndRepeatAreFound() {
        BuildLogMeasures m = analysis.analyse(new BuildLogTrace(new int[] {1, 2, 4, 5, 3, 6}, new long[] {0, 1, 2, 3, 4, 5},
                new double[6], null));

        assertThat(m.gapCount()).isEqualTo(1);
        assertThat(m.firstGapAfterLayer()).isEqualTo(2);
        assertThat(m.repeatCount()).isEqualTo(1);
        assertThat(m.firstRepeatedLayer()).isEqualTo(3);
        assertThat(m.layersContinuousFromOne()).isFalse();
    }
}
