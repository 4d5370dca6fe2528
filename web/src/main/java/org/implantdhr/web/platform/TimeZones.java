package org.implantdhr.web.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Time zones a signer can choose for the time of an e-signature (21 CFR 11.50: date and time of
 * signing), and how pages show a moment.
 */
public final class TimeZones {

    /** UTC first, then every region the JDK knows, alphabetically. */
    public static final List<String> ALL =
            java.util.stream.Stream.concat(
                            java.util.stream.Stream.of("UTC"),
                            ZoneId.getAvailableZoneIds().stream()
                                    .filter(
                                            z ->
                                                    z.contains("/")
                                                            && !z.startsWith("Etc/")
                                                            && !z.startsWith("SystemV/"))
                                    .sorted())
                    .toList();

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private TimeZones() {}

    /** e.g. "2026-11-26 10:14:03 CET"; an unknown zone shows UTC; null shows nothing. */
    public static String format(Instant at, String zone) {
        if (at == null) {
            return "";
        }
        ZoneId id;
        try {
            id = ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone);
        } catch (DateTimeException e) {
            id = ZoneOffset.UTC;
        }
        return SHOWN.format(at.atZone(id));
    }
}
