package org.implantdhr.rules.furnace;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the release rules need from a furnace chart, derived by {@link FurnaceChartAnalysis}. The
 * band and window they were computed with are kept so that a reader can see what "in band" meant.
 * Derived values are exact or, where a quotient does not terminate, rounded toward the side on
 * which they fail their limit.
 *
 * @param soakMinutes longest interval with every load thermocouple in the band (0 when never)
 * @param maxLoadC highest reading of any load thermocouple
 * @param maxHeatingRateCPerMin highest rise of any load thermocouple averaged over any window
 * @param maxVacuumMbar worst vacuum during heating and soak, null when no vacuum series
 * @param maxDewPointC worst dew point during heating and soak, null when no dew-point series
 * @param doorOpenC hottest load thermocouple when the door opened
 * @param maxSampleGapSeconds longest time between two consecutive samples during heating and soak
 *     (up to the last sample in the band); null in a snapshot made before it was derived
 * @param maxSampleGapStart the sample before that gap
 * @param maxSampleGapEnd the sample after it
 */
public record FurnaceMeasures(
        int sampleCount,
        int loadThermocoupleCount,
        BigDecimal bandLowerC,
        BigDecimal bandUpperC,
        BigDecimal rateWindowMinutes,
        BigDecimal soakMinutes,
        Instant soakStart,
        Instant soakEnd,
        BigDecimal maxLoadC,
        BigDecimal maxHeatingRateCPerMin,
        BigDecimal maxVacuumMbar,
        BigDecimal maxDewPointC,
        BigDecimal doorOpenC,
        BigDecimal maxSampleGapSeconds,
        Instant maxSampleGapStart,
        Instant maxSampleGapEnd) {}
