package org.implantdhr.identity.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.entity.SignInGuard;
import org.implantdhr.platform.control.CanonicalJson;

/**
 * Counts failed sign-in attempts — on the login page, with the API's basic authentication, and when
 * a password is re-entered for an e-signature — and locks a user name after too many (21 CFR
 * 11.300(d)). Every failed attempt and every lockout is an audit entry naming the user name tried,
 * the client's address and the channel; the administrators' and QA managers' start pages show them
 * (see {@link #alerts}).
 *
 * <p>A failure is recorded in a transaction of its own, so that it stays when the request that
 * failed rolls back. (An e-signature's caller must therefore check the password before it writes
 * the audit trail in its own transaction — which every signing component does: the signature comes
 * first.)
 *
 * <p>Configured by MicroProfile Config (e.g. server variables or IMPLANTDHR_LOCKOUT_ATTEMPTS):
 * {@code implantdhr.lockout.attempts} (default 5) failures within {@code
 * implantdhr.lockout.window-minutes} (15) lock the name for {@code
 * implantdhr.lockout.duration-minutes} (30; 0: until an administrator unlocks it).
 */
@Stateless
@PermitAll
public class SignInGuards {

    /** Where a password was tried. */
    public enum Channel {
        LOGIN,
        API,
        SIGNATURE,
        PASSWORD_CHANGE
    }

    public static final String FAILED = "SIGN_IN_FAILED";
    public static final String LOCKED = "LOCKED_OUT";
    public static final String UNLOCKED = "UNLOCKED";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail audit;

    @Inject
    @ConfigProperty(name = "implantdhr.lockout.attempts", defaultValue = "5")
    int attempts;

    @Inject
    @ConfigProperty(name = "implantdhr.lockout.window-minutes", defaultValue = "15")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "implantdhr.lockout.duration-minutes", defaultValue = "30")
    long durationMinutes;

    public SignInGuard.Policy policy() {
        return new SignInGuard.Policy(
                attempts,
                Duration.ofMinutes(windowMinutes),
                durationMinutes <= 0 ? null : Duration.ofMinutes(durationMinutes));
    }

    /**
     * Whether the name is locked out now: one read by its unique key, outside the caller's
     * transaction (whose persistence context may hold an older copy).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean locked(String username) {
        return guardOf(username).map(g -> g.lockedAt(Instant.now())).orElse(false);
    }

    /** The name's count and lockout, if it ever failed (read as {@link #locked}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<SignInGuard> guardOf(String username) {
        return find(username, LockModeType.NONE);
    }

    /**
     * Records a failed attempt; true when it locked the name. A lockout also ends the open sessions
     * of the account of that name.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(String username, String address, Channel channel) {
        SignInGuard guard =
                find(username, LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> create(username));
        boolean lockedNow = guard.failed(Instant.now(), policy(), address, channel.name());
        String actor = guard.username().isBlank() ? "(no user name)" : guard.username();
        audit.eventBy(
                actor,
                FAILED,
                guard,
                CanonicalJson.of(
                        Map.of(
                                "username", guard.username(),
                                "address", address == null ? "unknown" : address,
                                "channel", channel.name(),
                                "failedAttempts", guard.failedAttempts())));
        if (lockedNow) {
            audit.eventBy(
                    actor,
                    LOCKED,
                    guard,
                    CanonicalJson.of(
                            Map.of(
                                    "username",
                                    guard.username(),
                                    "address",
                                    address == null ? "unknown" : address,
                                    "failedAttempts",
                                    guard.failedAttempts(),
                                    "lockedUntil",
                                    guard.lockedUntil() == null
                                            ? "until an administrator unlocks it"
                                            : guard.lockedUntil().toString())));
            em.createQuery(
                            "update UserAccount u set u.sessionGeneration = u.sessionGeneration + 1"
                                    + " where u.username = :username")
                    .setParameter("username", guard.username())
                    .executeUpdate();
        }
        return lockedNow;
    }

    /**
     * A successful sign-in clears the count (written only when there is one to clear: see {@link
     * SignInGuard#clearedBy}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String username, Channel channel) {
        find(username, LockModeType.PESSIMISTIC_WRITE)
                .filter(g -> g.clearedBy(channel.name()))
                .ifPresent(SignInGuard::succeeded);
    }

    /** An administrator's unlock (checked by the caller), audited with the old and new state. */
    public Optional<SignInGuard> unlock(String username, String reason) {
        return find(username, LockModeType.PESSIMISTIC_WRITE)
                .map(
                        guard -> {
                            var before = guard.auditState();
                            guard.unlock();
                            audit.changed(guard, before, reason);
                            return guard;
                        });
    }

    /**
     * What the administrators and QA managers are shown: names locked now and names with failed
     * attempts in the last 24 hours, latest first.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SignInGuard> alerts() {
        Instant now = Instant.now();
        return em.createQuery(
                        "select g from SignInGuard g where g.lastFailureAt >= :since"
                                + " or (g.lockedAt is not null and (g.lockedUntil is null or"
                                + " g.lockedUntil > :now)) order by g.lastFailureAt desc",
                        SignInGuard.class)
                .setParameter("since", now.minus(Duration.ofHours(24)))
                .setParameter("now", now)
                .setMaxResults(200)
                .getResultList();
    }

    private Optional<SignInGuard> find(String username, LockModeType lock) {
        return em.createNamedQuery(SignInGuard.BY_USERNAME, SignInGuard.class)
                .setParameter("username", SignInGuard.keptName(username))
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /**
     * The first failure under a name. Should two servers race for it, the loser's insert fails on
     * the unique name and that one attempt is answered as failed without being counted.
     */
    private SignInGuard create(String username) {
        var guard = new SignInGuard(username);
        em.persist(guard);
        em.flush();
        return guard;
    }
}
