package org.implantdhr.platform.control;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The moment at which the application records something: every "recorded at", every e-signature
 * time, the audit trail and every "not later than now" check read this clock, never the system
 * clock directly.
 *
 * <p>It is the server's clock, with one exception in demo mode only: the demo plant records a
 * history that lies in the past (designs approved a week ago, builds the days after), and an
 * e-signature or a record cannot be back-dated. So each request of the demo plant runs, on its own
 * thread, on the past moment at which that step happens in the plant's history ({@link
 * #setBackTo}); the request proves that it comes from the demo plant with a token that only this
 * JVM knows ({@link #demoToken}). Every other request, and every request of a production server,
 * runs on the server's clock.
 */
public final class RecordingClock {

    /**
     * The HTTP headers in which a demo plant's request carries its moment and the token (demo mode
     * only).
     */
    public static final String DEMO_MOMENT_HEADER = "X-Implantdhr-Demo-Recorded-At";

    public static final String DEMO_TOKEN_HEADER = "X-Implantdhr-Demo-Token";

    private static final ThreadLocal<Duration> SHIFT = new ThreadLocal<>();
    private static final String DEMO_TOKEN =
            HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

    private RecordingClock() {}

    public static Instant now() {
        Duration shift = SHIFT.get();
        Instant now = Instant.now();
        return shift == null ? now : now.plus(shift);
    }

    /** Today's date in UTC, the zone in which the record keeps its dates. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    /**
     * Sets this thread's clock back to {@code at} (time then goes on from there) until the returned
     * moment is closed. Only a moment in the past is accepted: the demo's history never reaches
     * into the future.
     */
    public static PastMoment setBackTo(Instant at) {
        Duration shift = Duration.between(Instant.now(), at);
        if (!shift.isNegative()) {
            throw new IllegalArgumentException("A recording moment must lie in the past: " + at);
        }
        Duration before = SHIFT.get();
        SHIFT.set(shift);
        return () -> {
            if (before == null) {
                SHIFT.remove();
            } else {
                SHIFT.set(before);
            }
        };
    }

    /** The span during which this thread's clock is set back; closing it restores the clock. */
    @FunctionalInterface
    public interface PastMoment extends AutoCloseable {
        @Override
        void close();
    }

    /** The secret the demo plant's requests carry in demo mode; it never leaves this JVM. */
    public static String demoToken() {
        return DEMO_TOKEN;
    }
}
