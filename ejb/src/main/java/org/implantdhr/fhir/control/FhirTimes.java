package org.implantdhr.fhir.control;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/**
 * Moments and days as FHIR writes them: a recorded moment to the second in UTC (the record's own
 * calendar), a day as a day without a time or zone (never a midnight that shifts by zone).
 */
final class FhirTimes {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private FhirTimes() {}

    static DateTimeType moment(Instant at) {
        var moment = new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND, UTC);
        moment.setTimeZoneZulu(true); // "Z", as every moment of the record is shown
        return moment;
    }

    static DateTimeType day(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    static DateType date(LocalDate day) {
        return new DateType(day.toString());
    }
}
