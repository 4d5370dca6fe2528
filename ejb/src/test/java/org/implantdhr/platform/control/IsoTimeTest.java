package org.implantdhr.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IsoTimeTest {

    private static final Instant AT = Instant.parse("2026-12-06T13:52:31.132580Z");

    @Test
    void utcIsWrittenWithZAndWithoutFractions() {
        assertThat(IsoTime.of(AT)).isEqualTo("2026-12-06T13:52:31Z");
        assertThat(IsoTime.of(AT, "UTC")).isEqualTo("2026-12-06T13:52:31Z");
        assertThat(IsoTime.of(AT, "Etc/UTC")).isEqualTo("2026-12-06T13:52:31Z");
        assertThat(IsoTime.of(AT, ZoneId.of("Z"))).isEqualTo("2026-12-06T13:52:31Z");
    }

    @Test
    void aRegionIsWrittenWithItsOffsetAndItsName() {
        assertThat(IsoTime.of(AT, "Europe/Berlin"))
                .isEqualTo("2026-12-06T14:52:31+01:00[Europe/Berlin]");
        assertThat(IsoTime.of(AT, "America/St_Johns"))
                .isEqualTo("2026-12-06T10:22:31-03:30[America/St_Johns]");
        assertThat(IsoTime.of(AT, "+05:30")).isEqualTo("2026-12-06T19:22:31+05:30");
    }

    @Test
    void nothingAndUnknownZones() {
        assertThat(IsoTime.of(null)).isEmpty();
        assertThat(IsoTime.of(null, "Europe/Berlin")).isEmpty();
        assertThat(IsoTime.of(AT, "Mars/Olympus")).isEqualTo("2026-12-06T13:52:31Z");
        assertThat(IsoTime.of(AT, "")).isEqualTo("2026-12-06T13:52:31Z");
    }
}
