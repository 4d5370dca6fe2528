package org.implantdhr.heattreatment.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A parsed furnace chart: sample times, one temperature trace per thermocouple (°C) and at most one
 * atmosphere trace, held as arrays so that every sample can be stored (HT-CHART). Immutable: the
 * array accessors return copies; the indexed accessors read without copying.
 */
public final class FurnaceChart {

    private final long[] epochMillis;
    private final List<String> thermocoupleNames;
    private final List<ThermocoupleRole> thermocoupleRoles;
    private final double[][] temperaturesC;
    private final AtmosphereTrace atmosphere;

    /**
     * @param temperaturesC one array per thermocouple, each as long as {@code epochMillis}
     * @param atmosphere {@code null} when the chart has no atmosphere column
     */
    public FurnaceChart(
            long[] epochMillis,
            List<String> thermocoupleNames,
            List<ThermocoupleRole> thermocoupleRoles,
            double[][] temperaturesC,
            AtmosphereTrace atmosphere) {
        int thermocouples = thermocoupleNames.size();
        if (thermocoupleRoles.size() != thermocouples || temperaturesC.length != thermocouples) {
            throw new IllegalArgumentException("names, roles and traces differ in number");
        }
        this.epochMillis = epochMillis.clone();
        this.thermocoupleNames = List.copyOf(thermocoupleNames);
        this.thermocoupleRoles = List.copyOf(thermocoupleRoles);
        this.temperaturesC = new double[thermocouples][];
        for (int tc = 0; tc < thermocouples; tc++) {
            if (temperaturesC[tc].length != epochMillis.length) {
                throw new IllegalArgumentException(
                        "trace " + thermocoupleNames.get(tc) + " has a different length");
            }
            this.temperaturesC[tc] = temperaturesC[tc].clone();
        }
        if (atmosphere != null && atmosphere.length() != epochMillis.length) {
            throw new IllegalArgumentException("the atmosphere trace has a different length");
        }
        this.atmosphere = atmosphere;
    }

    public int sampleCount() {
        return epochMillis.length;
    }

    public long[] epochMillis() {
        return epochMillis.clone();
    }

    public long epochMilli(int sample) {
        return epochMillis[sample];
    }

    public Instant timestamp(int sample) {
        return Instant.ofEpochMilli(epochMillis[sample]);
    }

    public int thermocoupleCount() {
        return thermocoupleNames.size();
    }

    /** Thermocouple names as written in the header, for example {@code TC1}. */
    public List<String> thermocoupleNames() {
        return thermocoupleNames;
    }

    public List<ThermocoupleRole> thermocoupleRoles() {
        return thermocoupleRoles;
    }

    /** The trace of thermocouple {@code tc} (index into {@link #thermocoupleNames()}), in °C. */
    public double[] temperaturesC(int tc) {
        return temperaturesC[tc].clone();
    }

    public double temperatureC(int tc, int sample) {
        return temperaturesC[tc][sample];
    }

    public Optional<AtmosphereTrace> atmosphere() {
        return Optional.ofNullable(atmosphere);
    }
}
