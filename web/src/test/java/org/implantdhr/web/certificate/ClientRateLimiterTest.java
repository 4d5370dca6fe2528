package org.implantdhr.web.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final long minute = TimeUnit.MINUTES.toNanos(1);

    @Test
    void admitsTheLimitPerClientThenAnswersWithTheSecondsLeftInTheWindow() {
        var limiter = new ClientRateLimiter(3, minute, 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit("10.0.0.1")).isZero();
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(limiter.admit("10.0.0.1")).isEqualTo(40);
        assertThat(limiter.admit("10.0.0.2")).as("another client has its own budget").isZero();
    }

    @Test
    void aNewWindowStartsAfresh() {
        var limiter = new ClientRateLimiter(1, minute, 100, now::get);
        assertThat(limiter.admit("a")).isZero();
        assertThat(limiter.admit("a")).isPositive();
        now.addAndGet(minute);
        assertThat(limiter.admit("a")).isZero();
    }

    @Test
    void theLastSecondStillAsksToWaitOneSecond() {
        var limiter = new ClientRateLimiter(1, minute, 100, now::get);
        limiter.admit("a");
        now.addAndGet(minute - 1);
        assertThat(limiter.admit("a")).isEqualTo(1);
    }

    @Test
    void beyondTheTrackedClientsNewAddressesShareOneBudget() {
        var limiter = new ClientRateLimiter(2, minute, 2, now::get);
        assertThat(limiter.admit("a")).isZero();
        assertThat(limiter.admit("b")).isZero();
        assertThat(limiter.admit("c")).isZero();
        assertThat(limiter.admit("d")).isZero();
        assertThat(limiter.admit("e")).as("c, d and e share one budget of 2").isPositive();
        assertThat(limiter.admit("a")).as("known clients keep their own").isZero();
    }

    @Test
    void aLimitOfZeroAdmitsEverything() {
        var limiter = new ClientRateLimiter(0, minute, 1, now::get);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.admit("x" + i)).isZero();
        }
    }

    @Test
    void concurrentRequestsAreCountedExactly() throws InterruptedException {
        var limiter = new ClientRateLimiter(1000, minute, 10, now::get);
        var admitted = new java.util.concurrent.atomic.AtomicInteger();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] =
                    new Thread(
                            () -> {
                                for (int i = 0; i < 500; i++) {
                                    if (limiter.admit("same") == 0) {
                                        admitted.incrementAndGet();
                                    }
                                }
                            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(admitted.get()).isEqualTo(1000);
    }
}
