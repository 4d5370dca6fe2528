package it.org.implantdhr.release;

import static it.org.implantdhr.platform.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.People;
import it.org.implantdhr.platform.Plant;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.implantdhr.build.control.BuildEvent;
import org.implantdhr.build.control.BuildEventType;
import org.implantdhr.build.control.BuildLog;
import org.implantdhr.build.control.BuildLogCsv;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cases through the API on a conforming implant: an O2 excursion of 60.9 s in the
 * imported build log and masses of +5.00045 % and −5.00045 % fail, a mass at +5 % (to the 10 ng
 * kept) passes and 10 ng more fails. Before, the log was read in whole seconds (60 s, a WARN) and
 * the mass was stored to the milligram (a PASS).
 */
@ExtendWith(ArquillianExtension.class)
class ExactMeasuresIT {

    private static final Pattern EXPECTED_MASS = Pattern.compile("expected ([0-9.]+) g");

    @Test
    void anOxygenExcursionOf60Point9SecondsAndAMassOf5Point00045PercentFail() {
        String serial = Plant.implants(1).recorded().serial();
        Api operator = People.as("OPERATOR");
        Api qa = People.as("QA");
        JsonObject before = evaluate(serial, qa);
        assertThat(finding(before, "BLD-O2", "during").getString("outcome")).isEqualTo("PASS");
        JsonObject mass = finding(before, "DES-MASS", "mass");
        assertThat(mass.getString("outcome")).isEqualTo("PASS");
        var matcher = EXPECTED_MASS.matcher(mass.getString("evidence"));
        assertThat(matcher.find()).as(mass.getString("evidence")).isTrue();
        BigDecimal expected = new BigDecimal(matcher.group(1));

        String build =
                expect(qa.get("/api/implants/" + serial), 200).json().getString("buildNumber");
        expect(
                operator.upload(
                        "/api/builds/"
                                + build
                                + "/log?fileName="
                                + build
                                + "-again.csv&reason="
                                + Api.q("machine export with milliseconds"),
                        "text/csv",
                        BuildLogCsv.write(excursionOf60Point9Seconds())),
                200);
        weigh(
                operator,
                serial,
                expected.multiply(new BigDecimal("1.0500045")).setScale(4, RoundingMode.HALF_EVEN));

        JsonObject after = evaluate(serial, qa);
        JsonObject oxygen = finding(after, "BLD-O2", "during");
        assertThat(oxygen.getString("outcome")).as(oxygen.toString()).isEqualTo("FAIL");
        assertThat(oxygen.getString("measured")).contains("60.9 s");
        JsonObject tooHeavy = finding(after, "DES-MASS", "mass");
        assertThat(tooHeavy.getString("outcome")).as(tooHeavy.toString()).isEqualTo("FAIL");
        assertThat(new BigDecimal(tooHeavy.getString("measured").replace(" %", "")))
                .isGreaterThan(new BigDecimal("5"));

        weigh(
                operator,
                serial,
                expected.multiply(new BigDecimal("0.9499955")).setScale(4, RoundingMode.HALF_EVEN));
        JsonObject tooLight = finding(evaluate(serial, qa), "DES-MASS", "mass");
        assertThat(tooLight.getString("outcome")).as(tooLight.toString()).isEqualTo("FAIL");

        // +5 % of this design's expected mass to the 10 ng the record keeps: at or just below
        // passes, 10 ng more fails
        BigDecimal limit = expected.multiply(new BigDecimal("1.05"));
        BigDecimal atOrBelow = limit.setScale(8, RoundingMode.FLOOR);
        weigh(operator, serial, atOrBelow);
        JsonObject atTheLimit = finding(evaluate(serial, qa), "DES-MASS", "mass");
        assertThat(atTheLimit.getString("outcome")).as(atTheLimit.toString()).isEqualTo("PASS");
        weigh(operator, serial, atOrBelow.add(new BigDecimal("0.00000001")));
        JsonObject justOver = finding(evaluate(serial, qa), "DES-MASS", "mass");
        assertThat(justOver.getString("outcome"))
                .as(justOver.toString())
                .isEqualTo(
                        atOrBelow.add(new BigDecimal("0.00000001")).compareTo(limit) > 0
                                ? "FAIL"
                                : "PASS");
    }

    @Test
    void aMassWithMoreDecimalsThanTheRecordKeepsIsRefused() {
        String serial = Plant.implants(1).recorded().serial();
        var refused =
                People.as("OPERATOR")
                        .post(
                                "/api/implants/" + serial + "/mass",
                                "{\"value\":93.123456789,\"unit\":\"g\",\"reason\":\"weighed again\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text()).contains("measuredMass");
    }

    /**
     * 300 layers 20.5 s apart from a whole second; O2 above 1000 ppm from layer 101 until layer
     * 104, 60.900 s later.
     */
    private static BuildLog excursionOf60Point9Seconds() {
        int rows = 300;
        int[] layers = new int[rows];
        long[] millis = new long[rows];
        double[] o2 = new double[rows];
        double[] thickness = new double[rows];
        long start = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();
        long at = start;
        for (int i = 0; i < rows; i++) {
            layers[i] = i + 1;
            at = i == 0 ? start : i == 103 ? millis[100] + 60_900 : at + 20_500;
            millis[i] = at;
            o2[i] = i >= 100 && i < 103 ? 1500 : i == 103 ? 1000 : 400;
            thickness[i] = 30;
        }
        return new BuildLog(
                layers,
                millis,
                o2,
                thickness,
                List.of(
                        new BuildEvent(
                                1,
                                Instant.ofEpochMilli(millis[0]),
                                BuildEventType.EXPOSURE_START)));
    }

    private static void weigh(Api operator, String serial, BigDecimal grams) {
        expect(
                operator.post(
                        "/api/implants/" + serial + "/mass",
                        "{\"value\":"
                                + grams.toPlainString()
                                + ",\"unit\":\"g\",\"reason\":\"weighed again\"}"),
                200);
    }

    private static JsonObject evaluate(String serial, Api qa) {
        return expect(qa.post("/api/implants/" + serial + "/evaluations", ""), 201).json();
    }

    private static JsonObject finding(JsonObject evaluation, String checkId, String subjectPart) {
        List<JsonObject> found =
                evaluation.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                        .filter(
                                f ->
                                        f.getString("checkId").equals(checkId)
                                                && f.getString("subject").contains(subjectPart))
                        .toList();
        assertThat(found).as(checkId + " " + subjectPart).hasSize(1);
        return found.get(0);
    }
}
