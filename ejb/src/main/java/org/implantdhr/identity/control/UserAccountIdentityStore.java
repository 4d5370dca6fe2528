package org.implantdhr.identity.control;

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
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.implantdhr.identity.entity.UserAccount;

/**
 * Checks user name and password against the user accounts in the database. A PBKDF2 verification
 * costs a good part of a second by design; an API client sends its credentials with every request,
 * so a successful verification is remembered — keyed by the stored hash, so that a password change
 * or a deactivation on any server takes effect at once everywhere.
 */
@ApplicationScoped
public class UserAccountIdentityStore implements IdentityStore {

    private record Verified(String storedHash, String passwordDigest) {}

    @PersistenceContext EntityManager em;

    @Inject PasswordHashing hashing;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] processSecret = new SecureRandom().generateSeed(32);

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        UserAccount user =
                em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", credential.getCaller())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (user == null || !user.active()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String digest = digest(credential.getPasswordAsString());
        Verified known = verified.get(user.username());
        boolean valid =
                known != null
                        && known.storedHash().equals(user.passwordHash())
                        && MessageDigest.isEqual(
                                known.passwordDigest().getBytes(StandardCharsets.US_ASCII),
                                digest.getBytes(StandardCharsets.US_ASCII));
        if (!valid && hashing.verify(credential.getPassword().getValue(), user.passwordHash())) {
            verified.put(user.username(), new Verified(user.passwordHash(), digest));
            valid = true;
        }
        if (!valid) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                user.username(), user.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** Re-entering the password for an e-signature (21 CFR 11.200): always a full verification. */
    public boolean passwordMatches(UserAccount user, char[] password) {
        return user.active() && hashing.verify(password, user.passwordHash());
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
