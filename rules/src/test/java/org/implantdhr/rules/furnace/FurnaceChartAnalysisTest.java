package org.implantdhr.rules.furnace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FurnaceChartAnalysisTest {

    private final FurnaceChartAnalysis analysis =
            new FurnaceChartAnalysis(
                    new BigDecimal("790"), new BigDecimal("810"), new BigDecimal("5"));

    /** Samples every 60 s; each row is one thermocouple. */
    private static FurnaceTrace trace(double[]... thermocouples) {
        long[] t = new long[thermocouples[0].length];
        for (int i = 0; i < t.length; i++) {
            t[i] = 1_000_000_000L + 60_000L * i;
        }
        return new FurnaceTrace(t, thermocouples, null, null, null);
    }

    @Test
    void soakStartsWhenTheColdestThermocoupleEntersTheBand() {
        FurnaceMeasures m =
                analysis.analyse(
                        trace(
                                new double[] {700, 795, 800, 800, 800, 800, 500},
                                new double[] {700, 780, 785, 795, 800, 800, 500}));

        assertThat(m.soakMinutes()).isEqualByComparingTo("2");
    }

    @Test
    void aDipOfOneThermocoupleEndsTheSoakAndTheLongestIntervalCounts() {
        FurnaceMeasures m =
                analysis.analyse(
                        trace(
                                new double[] {800, 800, 800, 800, 789.9, 800, 800, 800, 800, 800},
                                new double[] {800, 800, 800, 800, 800, 800, 800, 800, 800, 800}));

        assertThat(m.soakMinutes()).isEqualByComparingTo("4");
    }

    @Test
    void overshootIsTheHighestReadingOfAnyThermocouple() {
        FurnaceMeasures m =
                analysis.analyse(
                        trace(new double[] {800, 812.5, 800}, new double[] {800, 800, 996}));

        assertThat(m.maxLoadC()).isEqualByComparingTo("996");
        assertThat(m.soakMinutes()).isEqualByComparingTo("0");
    }

    @Test
    void heatingRateIsTheSteepestRiseOverAFiveMinuteWindow() {
        double[] tc = new double[12];
        for (int i = 0; i < tc.length; i++) {
            tc[i] = 20 + (i >= 3 && i <= 8 ? 11 * (i - 3) : i > 8 ? 55 : 0);
        }
        FurnaceMeasures m = analysis.analyse(trace(tc));

        assertThat(m.maxHeatingRateCPerMin()).isEqualByComparingTo("11");
    }

    @Test
    void doorOpenTemperatureIsTheHottestThermocoupleAtTheDoorOpening() {
        long[] t = {0, 60_000, 120_000, 180_000};
        FurnaceTrace trace =
                new FurnaceTrace(
                        t,
                        new double[][] {{800, 600, 430, 300}, {800, 610, 420, 290}},
                        new double[] {1e-5, 2e-5, 5e-4, 1e-3},
                        null,
                        150_000L);
        FurnaceMeasures m = analysis.analyse(trace);

        assertThat(m.doorOpenC())
                .as("last reading before the door opened at 150 s")
                .isEqualByComparingTo("430");
        assertThat(m.maxVacuumMbar())
                .as("vacuum until the end of the soak")
                .isEqualByComparingTo("0.00001");
    }
}
