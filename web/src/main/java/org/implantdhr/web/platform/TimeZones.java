package org.implantdhr.web.platform;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The time zones a signer is offered for the time of an e-signature (21 CFR 11.50: date and time of
 * signing): a short list, UTC and one region for each zone where implants are made, operated on or
 * regulated, each with its offset now, to search by typing (a datalist beside a text field). Any
 * other zone the JDK knows can still be typed; the e-signature refuses one it does not know.
 */
public final class TimeZones {

    /** A zone as the choice shows it: its id, and its offset from UTC now. */
    public record Choice(String id, String label) implements Serializable {}

    static final List<String> OFFERED =
            List.of(
                    "UTC",
                    "Europe/London",
                    "Europe/Dublin",
                    "Europe/Lisbon",
                    "Europe/Berlin",
                    "Europe/Amsterdam",
                    "Europe/Brussels",
                    "Europe/Paris",
                    "Europe/Madrid",
                    "Europe/Rome",
                    "Europe/Vienna",
                    "Europe/Zurich",
                    "Europe/Copenhagen",
                    "Europe/Stockholm",
                    "Europe/Oslo",
                    "Europe/Warsaw",
                    "Europe/Prague",
                    "Europe/Budapest",
                    "Europe/Athens",
                    "Europe/Helsinki",
                    "Europe/Bucharest",
                    "Europe/Istanbul",
                    "America/New_York",
                    "America/Chicago",
                    "America/Denver",
                    "America/Los_Angeles",
                    "America/Toronto",
                    "America/Sao_Paulo",
                    "Asia/Dubai",
                    "Asia/Kolkata",
                    "Asia/Singapore",
                    "Asia/Shanghai",
                    "Asia/Tokyo",
                    "Australia/Sydney",
                    "Pacific/Auckland");

    private TimeZones() {}

    /** The offered zones with their offsets at the given moment (summer time changes them). */
    public static List<Choice> offered(Instant at) {
        return OFFERED.stream()
                .map(
                        id -> {
                            String offset = ZoneId.of(id).getRules().getOffset(at).getId();
                            return new Choice(id, "UTC" + (offset.equals("Z") ? "+00:00" : offset));
                        })
                .toList();
    }
}
