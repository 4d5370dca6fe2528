package org.implantdhr.demo.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.implantdhr.build.control.BuildEvent;
import org.implantdhr.build.control.BuildEventType;
import org.implantdhr.build.control.BuildLog;
import org.implantdhr.build.control.BuildLogCsv;
import org.implantdhr.casefile.control.StlWriter;
import org.implantdhr.heattreatment.control.AtmosphereKind;
import org.implantdhr.heattreatment.control.AtmosphereTrace;
import org.implantdhr.heattreatment.control.FurnaceChart;
import org.implantdhr.heattreatment.control.FurnaceChartCsv;
import org.implantdhr.heattreatment.control.ThermocoupleRole;
import org.implantdhr.inspection.control.CharacteristicKind;
import org.implantdhr.inspection.control.CharacteristicStatus;
import org.implantdhr.inspection.control.CmmResultsCsv;
import org.implantdhr.inspection.control.InspectionResults;
import org.implantdhr.inspection.control.MeasuredCharacteristic;
import org.implantdhr.inspection.control.QifResultsXml;

/**
 * Files as the plant's machines and labs would produce them — an STL from the design software, a
 * layer log from the LPBF machine, a furnace logger chart, a CMM export — with a seeded random
 * source, so the demo is the same at every start. They go through the same parsers as any upload.
 */
public final class DemoEvidence {

    private final Random random;

    public DemoEvidence(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A chest-wall plate: a section of a cylindrical shell (the curvature of the ribs), closed so
     * that its volume is well defined.
     */
    public static byte[] chestWallPlateStl(
            double radiusMm, double thicknessMm, double arcDegrees, double heightMm) {
        int segments = 48;
        double arc = Math.toRadians(arcDegrees);
        double rIn = radiusMm;
        double rOut = radiusMm + thicknessMm;
        var t = new ArrayList<Double>();
        for (int i = 0; i < segments; i++) {
            double a0 = arc * i / segments;
            double a1 = arc * (i + 1) / segments;
            double[] i0b = point(rIn, a0, 0),
                    i1b = point(rIn, a1, 0),
                    i0t = point(rIn, a0, heightMm),
                    i1t = point(rIn, a1, heightMm);
            double[] o0b = point(rOut, a0, 0),
                    o1b = point(rOut, a1, 0),
                    o0t = point(rOut, a0, heightMm),
                    o1t = point(rOut, a1, heightMm);
            quad(t, o0b, o1b, o1t, o0t); // outer surface, facing outwards
            quad(t, i1b, i0b, i0t, i1t); // inner surface, facing the chest
            quad(t, i0b, i1b, o1b, o0b); // bottom edge
            quad(t, i0t, o0t, o1t, i1t); // top edge
        }
        double[] s0b = point(rIn, 0, 0),
                s0t = point(rIn, 0, heightMm),
                so0b = point(rOut, 0, 0),
                so0t = point(rOut, 0, heightMm);
        quad(t, s0b, so0b, so0t, s0t); // start cap, facing back along the arc
        double[] e0b = point(rIn, arc, 0),
                e0t = point(rIn, arc, heightMm),
                eo0b = point(rOut, arc, 0),
                eo0t = point(rOut, arc, heightMm);
        quad(t, e0b, e0t, eo0t, eo0b); // end cap, facing forward along the arc
        double[] triangles = t.stream().mapToDouble(Double::doubleValue).toArray();
        return StlWriter.binary("Implant DHR demo chest-wall plate", triangles);
    }

    private static double[] point(double r, double angle, double z) {
        return new double[] {r * Math.cos(angle), r * Math.sin(angle), z};
    }

    private static void quad(List<Double> out, double[] a, double[] b, double[] c, double[] d) {
        for (double[] p : new double[][] {a, b, c, a, c, d}) {
            out.add(p[0]);
            out.add(p[1]);
            out.add(p[2]);
        }
    }

    /**
     * A layer log: one line per layer, argon atmosphere with O2 well under 1000 ppm. An excursion
     * holds O2 above 1500 ppm for the given number of consecutive layers (each about 22 s). A
     * recoater streak event can be placed on one layer.
     */
    public BuildLog buildLog(
            Instant start,
            int layers,
            int excursionFromLayer,
            int excursionLayers,
            int streakLayer) {
        int[] layer = new int[layers];
        long[] millis = new long[layers];
        double[] o2 = new double[layers];
        double[] thickness = new double[layers];
        long t = start.toEpochMilli();
        var events = new ArrayList<BuildEvent>();
        for (int i = 0; i < layers; i++) {
            layer[i] = i + 1;
            t += 20_000 + random.nextInt(4_000);
            millis[i] = t;
            boolean inExcursion =
                    excursionLayers > 0
                            && layer[i] >= excursionFromLayer
                            && layer[i] < excursionFromLayer + excursionLayers;
            o2[i] =
                    round1(
                            inExcursion
                                    ? 1500 + random.nextDouble() * 300
                                    : 280 + random.nextDouble() * 220);
            thickness[i] = 30.0;
        }
        events.add(
                new BuildEvent(1, Instant.ofEpochMilli(millis[0]), BuildEventType.EXPOSURE_START));
        if (streakLayer > 0) {
            events.add(
                    new BuildEvent(
                            streakLayer,
                            Instant.ofEpochMilli(millis[streakLayer - 1]),
                            BuildEventType.RECOATER_STREAK));
        }
        return new BuildLog(layer, millis, o2, thickness, events);
    }

    public static byte[] csv(BuildLog log) {
        return BuildLogCsv.write(log);
    }

    /**
     * When the door of a run with this chart is opened: once every load thermocouple has cooled to
     * 400 °C.
     */
    public static Instant doorOpening(FurnaceChart chart) {
        int peak = 0;
        for (int i = 0; i < chart.sampleCount(); i++) {
            if (chart.temperatureC(0, i) >= 799) {
                peak = i;
            }
        }
        for (int i = peak; i < chart.sampleCount(); i++) {
            boolean cool = true;
            for (int tc = 0; tc < chart.thermocoupleCount(); tc++) {
                cool &= chart.temperatureC(tc, i) <= 400;
            }
            if (cool) {
                return chart.timestamp(i);
            }
        }
        return chart.timestamp(chart.sampleCount() - 1);
    }

    /**
     * A stress-relief chart for recipe SR-800-2H, sampled every 10 s: heat at about 8 °C/min, soak
     * at 800 °C for {@code soakMinutes}, furnace cool under vacuum, door opened below 425 °C. Six
     * load thermocouples lag the control thermocouple by different amounts. A dip takes one load
     * thermocouple out of the band for three minutes in the middle of the soak.
     */
    public FurnaceChart furnaceChart(Instant start, int soakMinutes, boolean dipInSoak) {
        int heatSamples = (800 - 25) * 60 / 8 / 10;
        int soakSamples = soakMinutes * 6 + 60;
        int coolSamples = 3 * 360;
        int n = heatSamples + soakSamples + coolSamples;
        int loads = 6;
        long[] millis = new long[n];
        double[][] temperatures = new double[loads + 1][n];
        double[] vacuum = new double[n];
        double[] lag = {0, 2.0, 3.5, 5.0, 6.5, 4.0, 7.5};
        for (int i = 0; i < n; i++) {
            millis[i] = start.toEpochMilli() + i * 10_000L;
            double control = controlTemperature(i, heatSamples, soakSamples);
            for (int tc = 0; tc <= loads; tc++) {
                double laggedIndex = Math.max(0, i - lag[tc] * 6);
                double value =
                        controlTemperature(laggedIndex, heatSamples, soakSamples)
                                + (random.nextDouble() - 0.5) * 2.4;
                temperatures[tc][i] = round1(tc == 0 ? control : value);
            }
            vacuum[i] = 2e-5 + random.nextDouble() * 3e-5;
        }
        if (dipInSoak) {
            int middle = heatSamples + soakSamples / 2;
            for (int i = middle; i < middle + 18; i++) {
                temperatures[3][i] = round1(784 + random.nextDouble());
            }
        }
        var names = new ArrayList<String>();
        var roles = new ArrayList<ThermocoupleRole>();
        names.add("TC0");
        roles.add(ThermocoupleRole.CONTROL);
        for (int tc = 1; tc <= loads; tc++) {
            names.add("TC" + tc);
            roles.add(ThermocoupleRole.LOAD);
        }
        return new FurnaceChart(
                millis,
                names,
                roles,
                temperatures,
                new AtmosphereTrace(AtmosphereKind.VACUUM_MBAR, vacuum));
    }

    /** Ramp, then hold at 800 °C, then exponential furnace cooling towards room temperature. */
    private static double controlTemperature(double i, int heatSamples, int soakSamples) {
        if (i < heatSamples) {
            return 25 + 775.0 * i / heatSamples;
        }
        if (i < heatSamples + soakSamples) {
            return 800;
        }
        double minutesCooling = (i - heatSamples - soakSamples) / 6.0;
        return 25 + 775 * Math.exp(-minutesCooling / 170.0);
    }

    public static byte[] csv(FurnaceChart chart) {
        return FurnaceChartCsv.write(chart);
    }

    /**
     * A CMM report of a plate: fit surfaces, four fixation holes (diameter and position) and the
     * minimum wall. A failed critical characteristic makes one hole 0.25 mm oversize.
     */
    public InspectionResults inspection(boolean failCriticalHole) {
        var characteristics = new ArrayList<MeasuredCharacteristic>();
        characteristics.add(profile("FIT-SURFACE-ANTERIOR", 0.5, 0.18));
        characteristics.add(profile("FIT-SURFACE-POSTERIOR", 0.5, 0.22));
        for (int hole = 1; hole <= 4; hole++) {
            boolean broken = failCriticalHole && hole == 2;
            double measured = 3.5 + (broken ? 0.25 : (random.nextDouble() - 0.5) * 0.06);
            characteristics.add(
                    new MeasuredCharacteristic(
                            "HOLE-" + hole + "-DIA",
                            CharacteristicKind.HOLE_DIAMETER,
                            3.5,
                            Optional.of(new MeasuredCharacteristic.Tolerance(-0.1, 0.1)),
                            round3(measured),
                            broken ? CharacteristicStatus.FAIL : CharacteristicStatus.PASS,
                            true));
            characteristics.add(
                    new MeasuredCharacteristic(
                            "HOLE-" + hole + "-POS",
                            CharacteristicKind.HOLE_POSITION,
                            0,
                            Optional.of(new MeasuredCharacteristic.Tolerance(0, 0.1)),
                            round3(random.nextDouble() * 0.06),
                            CharacteristicStatus.PASS,
                            true));
        }
        characteristics.add(
                new MeasuredCharacteristic(
                        "MIN-WALL",
                        CharacteristicKind.WALL_THICKNESS,
                        3.0,
                        Optional.of(new MeasuredCharacteristic.Tolerance(-0.3, 0.3)),
                        round3(2.95 + random.nextDouble() * 0.05),
                        CharacteristicStatus.PASS,
                        false));
        return new InspectionResults(characteristics);
    }

    private MeasuredCharacteristic profile(String name, double tolerance, double measured) {
        return new MeasuredCharacteristic(
                name,
                CharacteristicKind.FIT_SURFACE,
                0,
                Optional.of(new MeasuredCharacteristic.Tolerance(0, tolerance)),
                round3(measured + random.nextDouble() * 0.05),
                CharacteristicStatus.PASS,
                true);
    }

    public static byte[] csv(InspectionResults results) {
        return CmmResultsCsv.write(results);
    }

    public static byte[] qif(InspectionResults results) {
        return QifResultsXml.write(results);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
