package org.implantdhr.platform.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * The one way a moment is written for a person, on every page and in every e-signature's
 * manifestation: ISO 8601 to the second with its zone — {@code 2026-12-06T13:52:31Z} in UTC, and in
 * a region's time the offset and the region (RFC 9557), {@code
 * 2026-12-06T14:52:31+01:00[Europe/Berlin]}. Fractions of a second are left out: the record keeps
 * them, a reader does not need them.
 */
public final class IsoTime {

    private static final DateTimeFormatter WITH_OFFSET =
            new DateTimeFormatterBuilder()
                    .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
                    .appendOffsetId()
                    .toFormatter();

    private IsoTime() {}

    /** In UTC; "" for none. */
    public static String of(Instant at) {
        return at == null ? "" : WITH_OFFSET.format(at.atOffset(ZoneOffset.UTC));
    }

    /** In the given zone; UTC when the zone is UTC (by any of its names), blank or unknown. */
    public static String of(Instant at, String zone) {
        return of(at, zone(zone));
    }

    public static String of(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        ZoneId normalized = zone.normalized();
        if (normalized.equals(ZoneOffset.UTC)) {
            return of(at);
        }
        String local = WITH_OFFSET.format(at.atZone(zone));
        return normalized instanceof ZoneOffset ? local : local + "[" + zone.getId() + "]";
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
