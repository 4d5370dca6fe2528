package org.implantdhr.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.implantdhr.platform.control.IsoTime;

/**
 * Moments as every page shows them, {@code #{times.of(…)}}: ISO 8601 with the zone, by {@link
 * IsoTime}, the one formatter of the application (e-signature manifestations use it too). The
 * record's moments in UTC; on the recording pages, where a person enters plant times, in the
 * plant's zone, with the offset and the zone's name, so that what is shown reads as what was
 * entered.
 */
@Named
@ApplicationScoped
public class Times {

    /** In UTC, e.g. 2026-12-06T13:52:31Z; "" for none. */
    public String of(Instant instant) {
        return IsoTime.of(instant);
    }

    /**
     * A moment that reached the page as ISO text (a checked file's statement): shown the same way;
     * text that is no ISO instant is shown as it is.
     */
    public String ofText(String isoInstant) {
        try {
            return isoInstant == null ? "" : IsoTime.of(Instant.parse(isoInstant));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** In the plant's zone, e.g. 2026-12-06T14:52:31+01:00[Europe/Berlin]; "" for none. */
    public String atPlant(Instant instant) {
        return IsoTime.of(instant, plantZone());
    }

    /** The zone the plant's clocks show, which the recording forms take their times in. */
    public ZoneId plantZone() {
        return ZoneId.systemDefault();
    }
}
