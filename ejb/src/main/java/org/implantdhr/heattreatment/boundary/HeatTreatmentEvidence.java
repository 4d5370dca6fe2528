package org.implantdhr.heattreatment.boundary;

import java.time.LocalDate;
import java.util.List;
import org.implantdhr.heattreatment.control.FurnaceTrace;

/**
 * Everything the release rules (HT-*, CPN-HT) and the certificate read about one heat-treatment
 * run, the thermocouple trace in bulk as primitive arrays.
 *
 * @param doorOpenedEpochMilli null when the door-open time was not recorded
 * @param chartSha256 null when no chart was imported
 * @param trace null when no chart was imported; otherwise every sample
 */
public record HeatTreatmentEvidence(
        long runId,
        String runNumber,
        String recipe,
        String operator,
        String furnaceCode,
        int furnaceClass,
        LocalDate uniformitySurveyDue,
        LocalDate systemAccuracyDue,
        String atmosphere,
        Long doorOpenedEpochMilli,
        List<String> implantSerials,
        List<String> couponCodes,
        String chartSha256,
        FurnaceTrace trace) {

    /** The sample times in whole seconds, for display (the rules take {@link #epochMillis}). */
    public long[] epochSeconds() {
        return trace == null ? new long[0] : trace.epochSeconds();
    }

    /** The sample times as logged, to the millisecond. */
    public long[] epochMillis() {
        return trace == null ? new long[0] : trace.epochMillis();
    }

    /** [LOAD thermocouple][sample] in °C. */
    public double[][] loadThermocouplesC() {
        return trace == null ? new double[0][] : trace.loadTemperaturesC();
    }

    /** Null unless the chart recorded the chamber pressure. */
    public double[] vacuumMbar() {
        return trace == null ? null : trace.vacuumMbar();
    }

    /** Null unless the chart recorded the dew point. */
    public double[] dewPointC() {
        return trace == null ? null : trace.dewPointC();
    }
}
