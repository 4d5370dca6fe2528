package org.implantdhr.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments of the record as the pages print them: to the minute in UTC, which is the zone the record
 * and the release dates are kept in (the ISO instant goes into the datetime attribute for
 * machines).
 */
@Named
@ApplicationScoped
public class RecordTimes {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String of(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
