package org.implantdhr.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class RecordingClockTest {

    @Test
    void withoutAMomentItIsTheServersClock() {
        Instant before = Instant.now();
        Instant now = RecordingClock.now();
        assertThat(now).isBetween(before, Instant.now());
    }

    @Test
    void aPastMomentHoldsOnThisThreadOnlyUntilItIsClosedAndTimeGoesOnFromIt() throws Exception {
        Instant tenDaysAgo = Instant.now().minus(10, ChronoUnit.DAYS);
        try (var ignored = RecordingClock.setBackTo(tenDaysAgo)) {
            Instant first = RecordingClock.now();
            assertThat(Duration.between(tenDaysAgo, first))
                    .isBetween(Duration.ZERO, Duration.ofSeconds(5));
            assertThat(RecordingClock.today())
                    .isEqualTo(java.time.LocalDate.ofInstant(first, java.time.ZoneOffset.UTC));
            Instant[] otherThread = new Instant[1];
            Thread other = new Thread(() -> otherThread[0] = RecordingClock.now());
            other.start();
            other.join();
            assertThat(otherThread[0]).isAfter(Instant.now().minusSeconds(5));
            Thread.sleep(5);
            assertThat(RecordingClock.now()).isAfter(first);
        }
        assertThat(RecordingClock.now()).isAfter(Instant.now().minusSeconds(5));
    }

    @Test
    void anInnerMomentRestoresTheOuterOne() {
        Instant outer = Instant.now().minus(3, ChronoUnit.DAYS);
        try (var ignored = RecordingClock.setBackTo(outer)) {
            try (var inner = RecordingClock.setBackTo(outer.minus(1, ChronoUnit.DAYS))) {
                assertThat(RecordingClock.now()).isBefore(outer);
            }
            assertThat(RecordingClock.now()).isAfterOrEqualTo(outer).isBefore(outer.plusSeconds(5));
        }
    }

    @Test
    void theFutureIsRefused() {
        assertThatThrownBy(() -> RecordingClock.setBackTo(Instant.now().plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("past");
    }
}
