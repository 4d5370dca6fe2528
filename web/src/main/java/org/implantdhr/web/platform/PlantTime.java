package org.implantdhr.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants on the recording pages in the plant's time, to the minute, as the forms take them. */
@Named
@ApplicationScoped
public class PlantTime {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String at(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone()));
    }

    public ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
