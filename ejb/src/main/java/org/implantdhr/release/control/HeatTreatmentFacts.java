package org.implantdhr.release.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;
import org.implantdhr.heattreatment.boundary.HeatTreatmentEvidence;
import org.implantdhr.rules.facts.Furnace;
import org.implantdhr.rules.facts.FurnaceAtmosphere;
import org.implantdhr.rules.facts.HeatTreatment;
import org.implantdhr.rules.furnace.FurnaceChartAnalysis;
import org.implantdhr.rules.furnace.FurnaceMeasures;
import org.implantdhr.rules.furnace.FurnaceTrace;

/**
 * A heat-treatment run as the HT-* rules read it; the thermocouple trace is reduced to its measures
 * here.
 */
public final class HeatTreatmentFacts {

    /** Recipes are named by their setpoint: SR-800-2H is stress relief at 800 °C for 2 hours. */
    private static final Pattern RECIPE_SETPOINT = Pattern.compile("^[A-Z]+-(\\d{3,4})-.*$");

    private HeatTreatmentFacts() {}

    public static HeatTreatment heatTreatment(HeatTreatmentEvidence e, String buildNumber) {
        long[] t = e.epochMillis();
        Instant started = t.length == 0 ? null : Instant.ofEpochMilli(t[0]);
        Instant ended =
                e.doorOpenedEpochMilli() != null
                        ? Instant.ofEpochMilli(e.doorOpenedEpochMilli())
                        : t.length == 0 ? null : Instant.ofEpochMilli(t[t.length - 1]);
        return new HeatTreatment(
                e.runNumber(),
                e.furnaceCode(),
                buildNumber,
                e.recipe(),
                setpoint(e.recipe()),
                atmosphere(e.atmosphere()),
                started,
                ended,
                e.chartSha256(),
                e.operator());
    }

    static BigDecimal setpoint(String recipe) {
        var matcher = recipe == null ? null : RECIPE_SETPOINT.matcher(recipe);
        return matcher != null && matcher.matches() ? new BigDecimal(matcher.group(1)) : null;
    }

    private static FurnaceAtmosphere atmosphere(String atmosphere) {
        return atmosphere == null ? null : FurnaceAtmosphere.valueOf(atmosphere);
    }

    public static Furnace furnace(HeatTreatmentEvidence e) {
        return new Furnace(
                e.furnaceCode(), e.furnaceClass(), e.uniformitySurveyDue(), e.systemAccuracyDue());
    }

    /**
     * Null when no chart was imported or it has no load thermocouple (the rules then give MISSING).
     */
    public static FurnaceMeasures chart(HeatTreatmentEvidence e, FurnaceChartAnalysis analysis) {
        if (e.trace() == null
                || e.epochMillis().length == 0
                || e.loadThermocouplesC().length == 0) {
            return null;
        }
        return analysis.analyse(
                new FurnaceTrace(
                        e.epochMillis(),
                        e.loadThermocouplesC(),
                        e.vacuumMbar(),
                        e.dewPointC(),
                        e.doorOpenedEpochMilli()));
    }
}
