package it.org.implantdhr.build;

import static it.org.implantdhr.platform.Unique.unique;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import java.time.Instant;
import java.util.List;
import org.implantdhr.build.control.BuildEvent;
import org.implantdhr.build.control.BuildEventType;
import org.implantdhr.build.control.BuildLog;
import org.implantdhr.build.control.BuildLogCsv;

/**
 * Builders of build records through the API, for this component's tests and for later process
 * steps: a powder batch (supplier, lot, batch), a machine, a parameter set, qualified people, a
 * build, and a machine log.
 */
public final class BuildFixtures {

    public static final String OPERATOR = "it.operator";
    public static final String PROGRAMMER = "it.engineer";
    public static final Instant LOG_START = Instant.parse("2026-03-02T08:00:00Z");

    private BuildFixtures() {}

    /**
     * What a build needs to be recorded: machine, parameter set, powder batch and qualified people.
     */
    public record Setup(
            String machine, String parameterSet, String parameterSetVersion, String powderBatch) {}

    public static Setup setup() {
        String machine = machine();
        qualify(machine, OPERATOR, "OPERATOR");
        qualify(machine, PROGRAMMER, "PROGRAMMER");
        return new Setup(machine, parameterSet(), "1.0", powderBatch());
    }

    /** A virgin batch made of one new lot from a newly approved supplier. */
    public static String powderBatch() {
        String supplier = unique("Supplier");
        String lot = unique("PL");
        String batch = unique("PB");
        created(
                People.as("QA")
                        .post(
                                "/api/suppliers",
                                """
                {"name":"%s","approvedFrom":"2020-01-01"}"""
                                        .formatted(supplier)));
        created(
                People.as("QA")
                        .post(
                                "/api/powder-lots",
                                """
                {"lotNumber":"%s","supplier":"%s","materialSpec":"ASTM F3001 Grade 23","receivedOn":"2026-01-10"}"""
                                        .formatted(lot, supplier)));
        created(
                People.as("OPERATOR")
                        .post(
                                "/api/powder-batches",
                                """
                {"batchNumber":"%s","powderType":"VIRGIN","reuseCount":0,"lots":{"%s":1}}"""
                                        .formatted(batch, lot)));
        return batch;
    }

    /** A machine with a 250 × 250 mm build plate, like the EOS M 290 it is named after. */
    public static String machine() {
        String assetId = unique("M");
        created(
                People.as("ENGINEER")
                        .post(
                                "/api/machines",
                                """
                {"assetId":"%s","model":"EOS M 290","serialNumber":"SN-%s","qualifiedUntil":"2030-12-31",
                 "o2SensorCalibrationDue":"2030-06-30","laserPowerCalibrationDue":"2030-06-30",
                 "plateSizeXMm":250,"plateSizeYMm":250}"""
                                        .formatted(assetId, assetId)));
        return assetId;
    }

    public static void qualify(String machine, String username, String activity) {
        People.as(username.substring("it.".length()).toUpperCase());
        created(
                People.as("ENGINEER")
                        .post(
                                "/api/machines/" + machine + "/qualifications",
                                """
                {"username":"%s","activity":"%s","validFrom":"2020-01-01","validUntil":"2030-12-31"}"""
                                        .formatted(username, activity)));
    }

    /** A released parameter set, version 1.0, 30 µm layers. */
    public static String parameterSet() {
        String name = unique("Ti64");
        created(
                People.as("ENGINEER")
                        .post(
                                "/api/parameter-sets",
                                """
                {"name":"%s","version":"1.0","layerThickness":{"value":30,"unit":"µm"},
                 "laserPower":{"value":280,"unit":"W"},"scanSpeed":{"value":1200,"unit":"mm/s"},
                 "hatchDistance":{"value":0.14,"unit":"mm"},"released":true}"""
                                        .formatted(name)));
        return name;
    }

    /** The JSON of a build on the set-up machine, with three tensile and one chemistry coupon. */
    public static String buildJson(Setup setup, String buildNumber) {
        return """
                {"buildNumber":"%s","machine":"%s","parameterSet":{"name":"%s","version":"%s"},
                 "powderBatch":"%s","operator":"%s","programmer":"%s","buildPlateId":"BP-07",
                 "shieldingGas":"ARGON","designSha256":"%s",
                 "coupons":[{"couponCode":"%s-T1","purpose":"TENSILE"},{"couponCode":"%s-T2","purpose":"TENSILE"},
                            {"couponCode":"%s-T3","purpose":"TENSILE"},{"couponCode":"%s-C1","purpose":"CHEMISTRY"}]}"""
                .formatted(
                        buildNumber,
                        setup.machine(),
                        setup.parameterSet(),
                        setup.parameterSetVersion(),
                        setup.powderBatch(),
                        OPERATOR,
                        PROGRAMMER,
                        "ab".repeat(32),
                        buildNumber,
                        buildNumber,
                        buildNumber,
                        buildNumber);
    }

    /** A recorded build (by the operator), its number returned. */
    public static String build(Setup setup) {
        String buildNumber = unique("B");
        created(People.as("OPERATOR").post("/api/builds", buildJson(setup, buildNumber)));
        return buildNumber;
    }

    /**
     * A log of {@code layers} layers, 20.5 s apart, O2 rising slowly from 400 ppm, 30 µm, with an
     * exposure start on the first row and a recoater crash half-way.
     */
    public static BuildLog log(int layers) {
        int[] layer = new int[layers];
        long[] millis = new long[layers];
        double[] o2 = new double[layers];
        double[] thickness = new double[layers];
        for (int i = 0; i < layers; i++) {
            layer[i] = i + 1;
            millis[i] = LOG_START.toEpochMilli() + i * 20_500L;
            o2[i] = 400 + (i % 100) * 0.5;
            thickness[i] = 30;
        }
        int crash = layers / 2;
        return new BuildLog(
                layer,
                millis,
                o2,
                thickness,
                List.of(
                        new BuildEvent(
                                1, Instant.ofEpochMilli(millis[0]), BuildEventType.EXPOSURE_START),
                        new BuildEvent(
                                crash + 1,
                                Instant.ofEpochMilli(millis[crash]),
                                BuildEventType.RECOATER_CRASH)));
    }

    public static byte[] logCsv(int layers) {
        return BuildLogCsv.write(log(layers));
    }

    public static Api.Answer importLog(String buildNumber, byte[] csv, String query) {
        return People.as("OPERATOR")
                .upload(
                        "/api/builds/"
                                + buildNumber
                                + "/log?fileName="
                                + buildNumber
                                + ".csv"
                                + (query == null ? "" : "&" + query),
                        "text/csv",
                        csv);
    }

    static Api.Answer created(Api.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("Expected 201, got " + answer);
        }
        return answer;
    }
}
