package org.implantdhr.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.implantdhr.platform.entity.Audited;

/**
 * The failed sign-in attempts under one user name as it was typed — a known person's or not, so
 * that an unknown name is answered exactly like a known one — and the lockout they lead to (21 CFR
 * 11.300(d)). Attempts count within a window that starts with the first failure; the attempt that
 * reaches the limit locks the name, until an administrator unlocks it or the lockout's duration has
 * passed. A successful sign-in clears the count.
 */
@Entity
@Table(name = "sign_in_guard")
@NamedQuery(
        name = SignInGuard.BY_USERNAME,
        query = "select g from SignInGuard g where g.username = :username")
public class SignInGuard implements Audited {

    public static final String BY_USERNAME = "SignInGuard.byUsername";

    /** How user names are kept: at most this long, as typed (an attacker chooses them). */
    public static final int MAX_USERNAME = 200;

    /**
     * The rule: {@code attempts} failures within {@code window} lock the name for {@code duration}
     * (null: until an administrator unlocks it).
     */
    public record Policy(int attempts, Duration window, Duration duration) {
        public Policy {
            if (attempts < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException(
                        "A lockout needs at least one attempt and a window: "
                                + attempts
                                + ", "
                                + window);
            }
        }
    }

    @Id
    @SequenceGenerator(name = "dhr_seq", sequenceName = "dhr_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dhr_seq")
    private Long id;

    @Version private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "last_failure_address")
    private String lastFailureAddress;

    @Column(name = "last_failure_channel")
    private String lastFailureChannel;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInGuard() {}

    public SignInGuard(String username) {
        this.username = keptName(username);
    }

    /** The name as it is kept and looked up: an over-long one is cut. */
    public static String keptName(String username) {
        String name = username == null ? "" : username;
        return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
    }

    public boolean lockedAt(Instant now) {
        return lockedAt != null && (lockedUntil == null || now.isBefore(lockedUntil));
    }

    /**
     * Counts a failure; true when this failure locks the name. A failure while locked is counted
     * but does not extend the lockout; after an expired lockout or window a new window starts.
     */
    public boolean failed(Instant now, Policy policy, String address, String channel) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        boolean wasLocked = lockedAt(now);
        if (!wasLocked && lockedAt != null) {
            lockedAt = null;
            lockedUntil = null;
            failedAttempts = 0;
            windowStartedAt = null;
        }
        if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(policy.window()))) {
            if (!wasLocked) {
                windowStartedAt = at;
                failedAttempts = 0;
            }
        }
        failedAttempts++;
        lastFailureAt = at;
        lastFailureAddress = address == null ? null : cut(address, 100);
        lastFailureChannel = channel;
        if (!wasLocked && failedAttempts >= policy.attempts()) {
            lockedAt = at;
            lockedUntil = policy.duration() == null ? null : at.plus(policy.duration());
            return true;
        }
        return false;
    }

    /** A successful sign-in: the count starts again (a lockout stays until it ends). */
    public void succeeded() {
        failedAttempts = 0;
        windowStartedAt = null;
    }

    /**
     * Whether a success on {@code channel} clears the count. Failed re-entries of the password (an
     * e-signature, a password change) are cleared only by a right re-entry: an API client
     * authenticates every request afresh, and would otherwise clear the count of its own wrong
     * signature passwords with each call.
     */
    public boolean clearedBy(String channel) {
        return failedAttempts > 0 && (!reentry(lastFailureChannel) || reentry(channel));
    }

    private static boolean reentry(String channel) {
        return "SIGNATURE".equals(channel) || "PASSWORD_CHANGE".equals(channel);
    }

    public boolean hasFailures() {
        return failedAttempts > 0;
    }

    /** An administrator's unlock: the lockout and the count are gone. */
    public void unlock() {
        lockedAt = null;
        lockedUntil = null;
        failedAttempts = 0;
        windowStartedAt = null;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    @Override
    public String recordType() {
        return "SignInGuard";
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String label() {
        return cut(username, 100);
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username);
        state.put("failedAttempts", failedAttempts);
        state.put("lockedAt", lockedAt);
        state.put("lockedUntil", lockedUntil);
        return state;
    }

    public String username() {
        return username;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public String lastFailureAddress() {
        return lastFailureAddress;
    }

    public String lastFailureChannel() {
        return lastFailureChannel;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
