package it.org.implantdhr.heattreatment;

import static it.org.implantdhr.platform.Api.expect;
import static it.org.implantdhr.platform.Unique.unique;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.implantdhr.casefile.control.StlWriter;
import org.implantdhr.heattreatment.control.AtmosphereKind;
import org.implantdhr.heattreatment.control.AtmosphereTrace;
import org.implantdhr.heattreatment.control.FurnaceChart;
import org.implantdhr.heattreatment.control.FurnaceChartCsv;
import org.implantdhr.heattreatment.control.ThermocoupleRole;

/**
 * Heat-treatment test data made through the API with unique keys: furnaces, implants to load, runs,
 * and stress-relief charts (SR-800-2H shaped: ramp, soak at 800 °C, furnace cool) of any size.
 */
public final class HeatTreatmentFixtures {

    public static final Instant CHART_START = Instant.parse("2026-03-15T06:00:00Z");

    private static final double[] TETRAHEDRON = {
        0, 0, 0, 0, 10, 0, 10, 0, 0,
        0, 0, 0, 10, 0, 0, 0, 0, 10,
        0, 0, 0, 0, 0, 10, 0, 10, 0,
        10, 0, 0, 0, 10, 0, 0, 0, 10
    };

    private HeatTreatmentFixtures() {}

    /** A class-2 furnace whose survey and accuracy test are in date for months. */
    public static String furnace() {
        String code = unique("VF");
        expect(
                People.as("ENGINEER")
                        .post(
                                "/api/furnaces",
                                """
                {"furnaceCode":"%s","ams2750Class":2,"uniformitySurveyDue":"%s","systemAccuracyDue":"%s"}"""
                                        .formatted(
                                                code,
                                                LocalDate.now().plusMonths(3),
                                                LocalDate.now().plusMonths(6))),
                201);
        return code;
    }

    /**
     * A new implant of a new case with an uploaded design, as the case-file component records them.
     */
    public static String implant() {
        People.as("SURGEON");
        var engineer = People.as("ENGINEER");
        String caseNumber = unique("CASE");
        expect(
                engineer.post(
                        "/api/cases",
                        """
                {"caseNumber":"%s","hospital":"Test Hospital","surgeon":"it.surgeon","patientPseudonym":"P-%s",
                 "regulatoryPathway":"CUSTOM_MADE","plannedSurgeryDate":"%s","deviceName":"Chest-wall implant",
                 "deviceModel":"CW-1","prescriptionReference":"RX-1"}"""
                                .formatted(
                                        caseNumber,
                                        System.nanoTime(),
                                        LocalDate.now().plusDays(30))),
                201);
        expect(
                engineer.upload(
                        "/api/cases/"
                                + caseNumber
                                + "/designs?version=1&unit=MILLIMETRE&fileName=design.stl",
                        "model/stl",
                        StlWriter.ascii("design", TETRAHEDRON)),
                201);
        String serial = "SN-" + System.nanoTime();
        expect(
                engineer.post(
                        "/api/implants",
                        """
                {"serialNumber":"%s","caseNumber":"%s","designVersion":"1"}"""
                                .formatted(serial, caseNumber)),
                201);
        return serial;
    }

    /**
     * A vacuum run in a new furnace, loaded with the given implants, door opened at the end of the
     * chart.
     */
    public static String run(String furnace, List<String> implantSerials) {
        String runNumber = unique("HT");
        expect(
                People.as("OPERATOR")
                        .post(
                                "/api/heat-treatment-runs",
                                runJson(runNumber, furnace, implantSerials)),
                201);
        return runNumber;
    }

    public static String runJson(String runNumber, String furnace, List<String> implantSerials) {
        return """
                {"runNumber":"%s","furnace":"%s","recipe":"SR-800-2H","operator":"it.operator","atmosphere":"VACUUM",
                 "doorOpenedAt":"%s","implantSerials":%s,"couponCodes":[]}"""
                .formatted(
                        runNumber,
                        furnace,
                        CHART_START.plusSeconds(8 * 3600),
                        jsonArray(implantSerials));
    }

    /**
     * A stress-relief chart: {@code loadThermocouples} load thermocouples and one control
     * thermocouple sampled every {@code stepSeconds}, with a vacuum trace in mbar. The values
     * differ per thermocouple and sample.
     */
    public static FurnaceChart chart(int samples, int stepSeconds, int loadThermocouples) {
        int thermocouples = loadThermocouples + 1;
        long[] millis = new long[samples];
        double[][] temperatures = new double[thermocouples][samples];
        double[] vacuum = new double[samples];
        for (int s = 0; s < samples; s++) {
            millis[s] = CHART_START.toEpochMilli() + (long) s * stepSeconds * 1000;
            double minutes = (double) s * stepSeconds / 60;
            double base =
                    minutes < 78
                            ? 20 + 10 * minutes
                            : minutes < 220 ? 800 : Math.max(30, 800 - 3 * (minutes - 220));
            for (int tc = 0; tc < thermocouples; tc++) {
                temperatures[tc][s] =
                        Math.round((base + 0.1 * tc - 0.3 * ((s + tc) % 7)) * 10) / 10.0;
            }
            vacuum[s] = 5.0E-5 + (s % 10) * 1.0E-6;
        }
        var names = new ArrayList<String>();
        var roles = new ArrayList<ThermocoupleRole>();
        for (int tc = 0; tc < loadThermocouples; tc++) {
            names.add("TC" + (tc + 1));
            roles.add(ThermocoupleRole.LOAD);
        }
        names.add("CTRL");
        roles.add(ThermocoupleRole.CONTROL);
        return new FurnaceChart(
                millis,
                names,
                roles,
                temperatures,
                new AtmosphereTrace(AtmosphereKind.VACUUM_MBAR, vacuum));
    }

    public static byte[] csv(FurnaceChart chart) {
        return FurnaceChartCsv.write(chart);
    }

    public static Api.Answer importChart(Api who, String runNumber, byte[] csv, String query) {
        return who.upload(
                "/api/heat-treatment-runs/" + runNumber + "/chart?fileName=chart.csv" + query,
                "text/csv",
                csv);
    }

    public static String jsonArray(List<String> items) {
        return items.stream()
                .map(i -> "\"" + i + "\"")
                .reduce((a, b) -> a + "," + b)
                .map(s -> "[" + s + "]")
                .orElse("[]");
    }
}
