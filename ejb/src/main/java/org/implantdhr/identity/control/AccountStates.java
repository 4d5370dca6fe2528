package org.implantdhr.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.implantdhr.identity.entity.UserAccount;

/**
 * What an open session checks its account against on every request (one read by the unique user
 * name): whether the account is still active, whether its generation is still the one the session
 * started with — a deactivation, a role change, a password reset or a lockout raise it — and
 * whether the person must choose a new password first (after a reset, or when passwords expire:
 * {@code implantdhr.password.max-age-days}, 0 = never, the default).
 */
@ApplicationScoped
public class AccountStates {

    /** The account as a session sees it. */
    public record AccountState(
            String username, boolean active, long generation, boolean passwordChangeDue) {}

    @PersistenceContext EntityManager em;

    @Inject
    @ConfigProperty(name = "implantdhr.password.max-age-days", defaultValue = "0")
    long maxAgeDays;

    public Optional<AccountState> of(String username) {
        return em.createQuery(
                        "select u.active, u.sessionGeneration, u.mustChangePassword,"
                                + " u.passwordChangedAt from UserAccount u"
                                + " where u.username = :username",
                        Object[].class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(
                        row ->
                                new AccountState(
                                        username,
                                        (Boolean) row[0],
                                        ((Number) row[1]).longValue(),
                                        UserAccount.passwordChangeDue(
                                                (Boolean) row[2],
                                                (Instant) row[3],
                                                Instant.now(),
                                                maxAge())));
    }

    public Duration maxAge() {
        return maxAgeDays <= 0 ? null : Duration.ofDays(maxAgeDays);
    }
}
