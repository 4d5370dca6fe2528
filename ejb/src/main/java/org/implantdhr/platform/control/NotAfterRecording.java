package org.implantdhr.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * No record may carry a time later than the moment it is recorded: a build that "starts tomorrow"
 * is a typing error or a wrong clock, never a fact. The moment is {@link RecordingClock#now()} (in
 * demo mode the demo plant's past moment), plus a small allowance for the clocks of machines and
 * laboratories running ahead of the server's (MicroProfile Config {@code implantdhr.clock.skew}, an
 * ISO-8601 duration, default PT2M). Every boundary and every caller of a file parser holds the
 * times it records against this one rule.
 */
@ApplicationScoped
public class NotAfterRecording {

    @Inject
    @ConfigProperty(name = "implantdhr.clock.skew", defaultValue = "PT2M")
    String skew;

    /** The latest time a record made now may carry. */
    public Instant latest() {
        return RecordingClock.now().plus(allowance());
    }

    /** Refuses a time after the moment of recording, naming the field; null (not given) passes. */
    public Instant check(Instant at, String field) {
        if (at != null && at.isAfter(latest())) {
            throw new InvalidRequestException(
                    field,
                    field
                            + " "
                            + at
                            + " lies after the moment it is recorded ("
                            + RecordingClock.now()
                            + "); a record cannot be dated in the future");
        }
        return at;
    }

    /** Refuses a date after today's (UTC, with the allowance), naming the field; null passes. */
    public LocalDate check(LocalDate date, String field) {
        if (date != null && date.isAfter(LocalDate.ofInstant(latest(), ZoneOffset.UTC))) {
            throw new InvalidRequestException(
                    field,
                    field
                            + " "
                            + date
                            + " lies after the day it is recorded ("
                            + RecordingClock.today()
                            + "); a record cannot be dated in the future");
        }
        return date;
    }

    /**
     * The index of the first of these times (epoch milliseconds, any order) after the moment of
     * recording.
     */
    public OptionalInt firstAfter(long[] epochMillis) {
        long latest = latest().toEpochMilli();
        for (int i = 0; i < epochMillis.length; i++) {
            if (epochMillis[i] > latest) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private Duration allowance() {
        try {
            Duration d = Duration.parse(skew);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "implantdhr.clock.skew must be an ISO-8601 duration such as PT2M: " + skew);
        }
    }
}
