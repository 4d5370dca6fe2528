package org.implantdhr.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.implantdhr.identity.control.SignInGuards.Channel;
import org.implantdhr.identity.entity.SignInGuard;
import org.implantdhr.identity.entity.UserAccount;

/**
 * Checks user name and password against the user accounts in the database, and counts the failures
 * ({@link SignInGuards}): a locked-out name is refused even with the right password.
 *
 * <p>A PBKDF2 verification costs a good part of a second by design; an API client sends its
 * credentials with every request, so a successful verification is remembered — keyed by the stored
 * hash, so that a password change or a deactivation on any server takes effect at once everywhere.
 * An unknown, deactivated or locked-out name is verified against a dummy hash of the same cost, so
 * that it is answered in the same time as a wrong password of a known one: the time does not tell
 * which user names exist.
 */
@ApplicationScoped
public class UserAccountIdentityStore implements IdentityStore {

    private record Verified(String storedHash, String passwordDigest) {}

    @PersistenceContext EntityManager em;

    @Inject PasswordHashing hashing;

    @EJB SignInGuards guards;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] processSecret = new SecureRandom().generateSeed(32);
    private String dummyHash;

    @PostConstruct
    void prepareDummy() {
        char[] random = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
        dummyHash = hashing.hash(random);
    }

    /** The identity store's own entry: a login with no address known. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return check(credential.getCaller(), credential.getPasswordAsString(), null, Channel.LOGIN);
    }

    /** A sign-in on the login page or with the API's basic authentication, from {@code address}. */
    public CredentialValidationResult check(
            String username, String password, String address, Channel channel) {
        UserAccount user = username == null ? null : account(username);
        Optional<SignInGuard> guard = guards.guardOf(username);
        boolean locked = guard.map(g -> g.lockedAt(Instant.now())).orElse(false);
        // an empty password is verified as a one-character one, so that it costs the same time
        char[] secret =
                password == null || password.isEmpty() ? new char[] {' '} : password.toCharArray();
        boolean valid;
        if (user == null || !user.active() || locked) {
            hashing.verify(secret, dummyHash);
            valid = false;
        } else {
            valid = passwordOf(user, password, secret);
        }
        if (!valid) {
            guards.failed(username, address, channel);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (guard.map(g -> g.clearedBy(channel.name())).orElse(false)) {
            guards.succeeded(username, channel);
        }
        return new CredentialValidationResult(
                user.username(), user.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** Whether that name is locked out now (for telling the person why a sign-in was refused). */
    public boolean lockedOut(String username) {
        return guards.locked(username);
    }

    /** What a re-entered password turned out to be. */
    public enum Reentry {
        MATCHES,
        WRONG,
        /** Locked out: before, or by this very attempt. */
        LOCKED;

        public boolean matches() {
            return this == MATCHES;
        }
    }

    /**
     * The current password re-entered — for an e-signature (21 CFR 11.200: always a full
     * verification) or a password change: a wrong one counts towards the lockout like a failed
     * login, and a locked-out person cannot sign. An empty one was not tried and is not counted.
     */
    public Reentry reentered(UserAccount user, char[] password, String address, Channel channel) {
        if (password == null || password.length == 0) {
            return Reentry.WRONG;
        }
        Optional<SignInGuard> guard = guards.guardOf(user.username());
        boolean locked = guard.map(g -> g.lockedAt(Instant.now())).orElse(false);
        boolean valid = user.active() && !locked && hashing.verify(password, user.passwordHash());
        if (!valid) {
            boolean lockedNow = guards.failed(user.username(), address, channel);
            return locked || lockedNow ? Reentry.LOCKED : Reentry.WRONG;
        }
        if (guard.map(g -> g.clearedBy(channel.name())).orElse(false)) {
            guards.succeeded(user.username(), channel);
        }
        return Reentry.MATCHES;
    }

    private UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private boolean passwordOf(UserAccount user, String password, char[] secret) {
        String digest = digest(password == null ? "" : password);
        Verified known = verified.get(user.username());
        boolean valid =
                known != null
                        && known.storedHash().equals(user.passwordHash())
                        && MessageDigest.isEqual(
                                known.passwordDigest().getBytes(StandardCharsets.US_ASCII),
                                digest.getBytes(StandardCharsets.US_ASCII));
        if (!valid && hashing.verify(secret, user.passwordHash())) {
            verified.put(user.username(), new Verified(user.passwordHash(), digest));
            valid = true;
        }
        return valid;
    }

    /**
     * Keyed with a random per-process secret, so that what is kept in memory is no
     * offline-crackable hash.
     */
    private String digest(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(processSecret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
