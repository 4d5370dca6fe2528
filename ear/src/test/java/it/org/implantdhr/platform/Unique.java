package it.org.implantdhr.platform;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keys no other test and no earlier run on the same database has used: every test makes its own
 * records, so the suite passes in any order and again on a database that earlier runs left filled.
 */
public final class Unique {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final AtomicLong NEXT =
            new AtomicLong(ThreadLocalRandom.current().nextInt(100, 1000));

    private Unique() {}

    /** A short upper-case tag, e.g. "MHX3K2AB417", unique in this run and across runs. */
    public static String tag() {
        return RUN + NEXT.incrementAndGet();
    }

    /** {@code prefix-tag}, e.g. unique("CASE"). */
    public static String unique(String prefix) {
        return prefix + "-" + tag();
    }
}
