package org.implantdhr.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The lockout rule on a clock of its own: N failures within the window lock, time unlocks. */
@Tag("CFR-11.300")
class SignInGuardTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final SignInGuard.Policy POLICY =
            new SignInGuard.Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(30));

    private static Instant at(int minutes, int seconds) {
        return T0.plus(Duration.ofMinutes(minutes)).plusSeconds(seconds);
    }

    private static SignInGuard failedTimes(int times) {
        var guard = new SignInGuard("someone");
        for (int i = 0; i < times; i++) {
            guard.failed(at(0, i), POLICY, "10.0.0.1", "LOGIN");
        }
        return guard;
    }

    @Test
    void theFifthFailureWithinTheWindowLocksAndTheFourthDoesNot() {
        var guard = failedTimes(4);
        assertThat(guard.lockedAt(at(0, 4))).isFalse();
        assertThat(guard.failed(at(0, 5), POLICY, "10.0.0.1", "API")).isTrue();
        assertThat(guard.lockedAt(at(0, 6))).isTrue();
        assertThat(guard.failedAttempts()).isEqualTo(5);
        assertThat(guard.lockedUntil()).isEqualTo(at(30, 5));
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotLock() {
        var guard = failedTimes(4);
        // the window began at the first failure; this one is past it and starts a new window
        assertThat(guard.failed(at(15, 0), POLICY, "10.0.0.1", "LOGIN")).isFalse();
        assertThat(guard.failedAttempts()).isEqualTo(1);
        assertThat(guard.lockedAt(at(15, 1))).isFalse();
    }

    @Test
    void theLockoutEndsByItselfAfterItsDurationAndNotBefore() {
        var guard = failedTimes(5);
        assertThat(guard.lockedAt(at(30, 3))).as("one second before the end").isTrue();
        assertThat(guard.lockedAt(at(30, 4))).as("at the end").isFalse();
        // a failure after the end starts counting afresh
        assertThat(guard.failed(at(31, 0), POLICY, "10.0.0.1", "LOGIN")).isFalse();
        assertThat(guard.failedAttempts()).isEqualTo(1);
    }

    @Test
    void failuresWhileLockedAreCountedButDoNotExtendTheLockout() {
        var guard = failedTimes(5);
        Instant until = guard.lockedUntil();
        assertThat(guard.failed(at(10, 0), POLICY, "10.0.0.2", "SIGNATURE")).isFalse();
        assertThat(guard.failedAttempts()).isEqualTo(6);
        assertThat(guard.lockedUntil()).isEqualTo(until);
        assertThat(guard.lastFailureAddress()).isEqualTo("10.0.0.2");
    }

    @Test
    void withoutADurationOnlyAnAdministratorUnlocks() {
        var forever = new SignInGuard.Policy(5, Duration.ofMinutes(15), null);
        var guard = new SignInGuard("someone");
        for (int i = 0; i < 5; i++) {
            guard.failed(at(0, i), forever, "10.0.0.1", "LOGIN");
        }
        assertThat(guard.lockedAt(T0.plus(Duration.ofDays(365)))).isTrue();
        guard.unlock();
        assertThat(guard.lockedAt(at(1, 0))).isFalse();
        assertThat(guard.failedAttempts()).isZero();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        var guard = failedTimes(4);
        guard.succeeded();
        assertThat(guard.failed(at(1, 0), POLICY, "10.0.0.1", "LOGIN")).isFalse();
        assertThat(guard.failedAttempts()).isEqualTo(1);
    }

    @Test
    void wrongSignaturePasswordsAreClearedOnlyByARightOneNotByAnApiSignIn() {
        var guard = new SignInGuard("signer");
        guard.failed(at(0, 0), POLICY, "10.0.0.1", "SIGNATURE");
        assertThat(guard.clearedBy("API")).isFalse();
        assertThat(guard.clearedBy("LOGIN")).isFalse();
        assertThat(guard.clearedBy("SIGNATURE")).isTrue();
        guard.failed(at(0, 1), POLICY, "10.0.0.1", "API");
        assertThat(guard.clearedBy("API")).isTrue();
        guard.succeeded();
        assertThat(guard.clearedBy("API")).as("nothing to clear").isFalse();
    }

    @Test
    void anOverlongNameIsKeptCut() {
        assertThat(new SignInGuard("x".repeat(5000)).username()).hasSize(SignInGuard.MAX_USERNAME);
    }
}
