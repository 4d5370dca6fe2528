package org.implantdhr.web.certificate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} requests per client in each fixed window. Cheap on purpose: no database,
 * one map lookup and one atomic increment per request, and bounded memory — the map is dropped
 * whole when the window ends, and once it holds {@code maxClients} addresses, further new addresses
 * share one counter for the rest of the window (many addresses at once is an attack; they then get
 * the limit of one client together).
 */
final class ClientRateLimiter {

    private static final String OTHERS = "\u0000others";

    private final int limit;
    private final long windowNanos;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private volatile Window current;

    private record Window(long start, ConcurrentHashMap<String, AtomicInteger> counts) {}

    /** A limit of 0 or less admits everything (e.g. for a load benchmark). */
    ClientRateLimiter(int limit, long windowNanos, int maxClients, LongSupplier nanoClock) {
        if (windowNanos <= 0 || maxClients < 1) {
            throw new IllegalArgumentException("window and client count must be positive");
        }
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
        this.current = new Window(nanoClock.getAsLong(), new ConcurrentHashMap<>());
    }

    /**
     * 0 when the request is admitted, else the whole seconds until the client may ask again (at
     * least 1).
     */
    long admit(String client) {
        if (limit <= 0) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        Window window = windowAt(now);
        AtomicInteger count = window.counts().get(client);
        if (count == null) {
            String key = window.counts().size() < maxClients ? client : OTHERS;
            count = window.counts().computeIfAbsent(key, k -> new AtomicInteger());
        }
        if (count.incrementAndGet() <= limit) {
            return 0;
        }
        long remaining = window.start() + windowNanos - now;
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }

    int limit() {
        return limit;
    }

    private Window windowAt(long now) {
        Window window = current;
        if (now - window.start() < windowNanos) {
            return window;
        }
        synchronized (this) {
            window = current;
            if (now - window.start() >= windowNanos) {
                window = new Window(now, new ConcurrentHashMap<>());
                current = window;
            }
            return window;
        }
    }
}
