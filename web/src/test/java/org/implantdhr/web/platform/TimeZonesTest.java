package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void aShortListOfRealZonesWithUtcFirst() {
        var offered = TimeZones.offered(Instant.parse("2026-12-06T12:00:00Z"));
        assertThat(offered).hasSizeBetween(10, 40);
        assertThat(offered.get(0).id()).isEqualTo("UTC");
        assertThat(offered.get(0).label()).isEqualTo("UTC+00:00");
        offered.forEach(c -> assertThat(ZoneId.of(c.id())).isNotNull());
        assertThat(offered).extracting(TimeZones.Choice::id).doesNotHaveDuplicates();
    }

    @Test
    void theOffsetIsTheOneOfTheMoment() {
        assertThat(TimeZones.offered(Instant.parse("2026-12-06T12:00:00Z")))
                .contains(new TimeZones.Choice("Europe/Berlin", "UTC+01:00"));
        assertThat(TimeZones.offered(Instant.parse("2026-07-06T12:00:00Z")))
                .contains(new TimeZones.Choice("Europe/Berlin", "UTC+02:00"));
    }
}
