package it.org.implantdhr.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.implantdhr.platform.Api;
import it.org.implantdhr.platform.Plant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Records an operation and its follow-up through the followup API as the surgeon of the cases does:
 * a plant's implants released in the past on the demo recording clock (so that an operation can
 * follow the certificate by days), operations, visits and adverse events relative to the day of the
 * operation.
 */
final class FollowUpFixture {

    private final Plant.Recorded plant;
    private final Api surgeon;
    private LocalDate operationDay;

    FollowUpFixture(Plant.Recorded plant, String demoSurgeon) {
        this.plant = plant;
        this.surgeon = Api.as(demoSurgeon, demoSurgeon + "-demo");
    }

    /** Evaluates and releases every implant of the plant at that past moment, as quinn.qa. */
    FollowUpFixture releasedAt(Instant released) {
        plant.releasedAt(released);
        return this;
    }

    LocalDate operationDay() {
        return operationDay;
    }

    /** The operation, admitted the day before; discharged on that date, or not yet (null). */
    void operate(String serial, Instant operatedAt, LocalDate discharge) {
        operationDay = LocalDate.ofInstant(operatedAt, ZoneOffset.UTC);
        ok(
                surgeon.post(
                        "/api/implantations",
                        """
                        {"serialNumber":"%s","operatedAt":"%s","durationMinutes":180,
                         "plateSupplier":"Zeus Industrial Products","plateCatalogueNumber":"PTFE-SP-120",
                         "plateLotNumber":"%s","ribsResected":3,"ribLevels":"4-6","sternumResection":"NONE",
                         "defectLengthMm":120.0,"defectWidthMm":90.0,"admissionDate":"%s"%s}"""
                                .formatted(
                                        serial,
                                        operatedAt,
                                        plant.componentLot(),
                                        operationDay.minusDays(1),
                                        discharge == null
                                                ? ""
                                                : ",\"dischargeDate\":\"" + discharge + "\"")),
                "operation " + serial);
    }

    /**
     * A visit {@code day} days after the operation day with the scores given (null: not taken) and
     * the disease status established on {@code statusDay}.
     */
    void visit(
            String serial,
            String code,
            int day,
            Integer karnofsky,
            String vas,
            String unit,
            Integer watkins,
            String status,
            int statusDay) {
        var json = new StringBuilder("{\"visitDate\":\"" + operationDay.plusDays(day) + "\"");
        if (karnofsky != null) {
            json.append(",\"karnofsky\":").append(karnofsky);
        }
        if (vas != null) {
            json.append(",\"vasValue\":")
                    .append(vas)
                    .append(",\"vasUnit\":\"")
                    .append(unit)
                    .append('"');
        }
        if (watkins != null) {
            json.append(",\"instrumentCode\":\"WATKINS\",\"instrumentScore\":").append(watkins);
        }
        if (status != null) {
            json.append(",\"diseaseStatus\":\"")
                    .append(status)
                    .append("\",\"diseaseStatusDate\":\"")
                    .append(operationDay.plusDays(statusDay))
                    .append('"');
        }
        ok(
                surgeon.post(
                        "/api/follow-ups/" + serial + "/visits/" + code,
                        json.append('}').toString()),
                code + " of " + serial);
    }

    /**
     * An adverse event by CTCAE term code, with its onset {@code onsetDay} days after the
     * operation.
     */
    void event(
            String serial,
            String term,
            int grade,
            boolean serious,
            String device,
            String procedure,
            int onsetDay) {
        ok(
                surgeon.post(
                        "/api/follow-ups/" + serial + "/adverse-events",
                        """
                        {"termCode":"%s","grade":%d,"serious":%s%s,"onsetDate":"%s",
                         "deviceAttribution":"%s","procedureAttribution":"%s","actionTaken":"NONE","outcome":"RECOVERING"}"""
                                .formatted(
                                        term,
                                        grade,
                                        serious,
                                        serious ? ",\"seriousCriterion\":\"HOSPITALISATION\"" : "",
                                        operationDay.plusDays(onsetDay),
                                        device,
                                        procedure)),
                "adverse event of " + serial);
    }

    private static Api.Answer ok(Api.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer).isIn(200, 201);
        return answer;
    }
}
