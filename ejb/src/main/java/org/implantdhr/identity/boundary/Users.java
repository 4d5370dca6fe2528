package org.implantdhr.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.ClientAddress;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.PasswordHashing;
import org.implantdhr.identity.control.PasswordPolicy;
import org.implantdhr.identity.control.SignInGuards;
import org.implantdhr.identity.control.UserAccountIdentityStore;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.SignInGuard;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.platform.control.RecordingClock;

/**
 * The people who use the system and their roles. Only an administrator creates or deactivates them.
 */
@Stateless
public class Users {

    /** Temporary passwords: no letters or digits that read alike (0/O, 1/l/I). */
    private static final char[] TEMPORARY_ALPHABET =
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The audit trail's action for a password set by an administrator (never its value). */
    public static final String PASSWORD_RESET = "PASSWORD_RESET";

    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    @PersistenceContext EntityManager em;

    @Inject PasswordHashing hashing;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @Inject UserAccountIdentityStore identityStore;

    @Inject ClientAddress clientAddress;

    @EJB SignInGuards guards;

    @RolesAllowed(Role.ADMIN_)
    public UserAccount create(String username, String fullName, char[] password, Set<Role> roles) {
        return register(username, fullName, password, roles, null);
    }

    /** A person with the hospital they work for (required for study staff). */
    public UserAccount create(
            String username, String fullName, char[] password, Set<Role> roles, String hospital) {
        return register(username, fullName, password, roles, hospital);
    }

    /** Also used by the demo-data generator at start-up, before anyone is logged in. */
    public UserAccount register(
            String username, String fullName, char[] password, Set<Role> roles) {
        return register(username, fullName, password, roles, null);
    }

    /**
     * Study staff enter follow-up for the patients of one hospital, so they are created with it;
     * other people may name one too.
     */
    public UserAccount register(
            String username, String fullName, char[] password, Set<Role> roles, String hospital) {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new InvalidRequestException(
                    "username",
                    "A user name is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidRequestException(
                    "fullName", "The full name is required: it is printed with every e-signature");
        }
        PasswordPolicy.check(username, password, "password");
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException("roles", "At least one role is required");
        }
        if (roles.contains(Role.STUDY_STAFF) && (hospital == null || hospital.isBlank())) {
            throw new InvalidRequestException(
                    "hospital", "Study staff work for a hospital: name it");
        }
        if (hospital != null && hospital.strip().length() > 200) {
            throw new InvalidRequestException("hospital", "At most 200 characters");
        }
        if (find(username).isPresent()) {
            throw new ConflictingRecordException("User " + username + " already exists");
        }
        var user =
                new UserAccount(
                        username,
                        fullName.strip(),
                        hashing.hash(password),
                        roles,
                        RecordingClock.now());
        user.workAt(hospital);
        em.persist(user);
        em.flush();
        audit.created(user);
        return user;
    }

    /**
     * Another administrator deactivates an administrator, so that the last one cannot lock everyone
     * out.
     */
    @RolesAllowed(Role.ADMIN_)
    public UserAccount deactivate(String username, String reason) {
        if (username != null && username.equals(currentUser.username())) {
            throw new InvalidRequestException(
                    "username",
                    "You cannot deactivate your own account; another administrator can");
        }
        UserAccount user = get(username);
        var before = user.auditState();
        user.deactivate();
        audit.changed(user, before, reason);
        return user;
    }

    /** Another administrator gives a deactivated person their account back. */
    @RolesAllowed(Role.ADMIN_)
    public UserAccount reactivate(String username, String reason) {
        UserAccount user = get(username);
        if (user.active()) {
            throw new ConflictingRecordException("User " + username + " is active already");
        }
        var before = user.auditState();
        user.reactivate();
        audit.changed(user, before, reason);
        return user;
    }

    /**
     * A person's roles, changed by an administrator — never by the person themselves, who would
     * otherwise grant themselves any authority (21 CFR 11.10(g)). Open sessions of that person end
     * at their next request.
     */
    @RolesAllowed(Role.ADMIN_)
    public UserAccount changeRoles(String username, Set<Role> roles, String reason) {
        if (username != null && username.equals(currentUser.username())) {
            throw new ConflictingRecordException(
                    "Nobody changes their own roles: another administrator can");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException("roles", "At least one role is required");
        }
        UserAccount user = get(username);
        if (user.roles().equals(Set.copyOf(roles))) {
            throw new ConflictingRecordException(
                    "User " + username + " holds exactly these roles already");
        }
        var before = user.auditState();
        user.changeRoles(roles);
        audit.changed(user, before, reason);
        return user;
    }

    /** A temporary password an administrator set, and whether the system chose it. */
    public record TemporaryPassword(UserAccount user, char[] password, boolean generated) {}

    /**
     * An administrator sets a temporary password — the one typed, or a random one when none is —
     * which the person must change at the next login. The trail records that it was reset, by whom
     * and why, never the password; the person's open sessions end.
     */
    @RolesAllowed(Role.ADMIN_)
    public TemporaryPassword resetPassword(String username, char[] temporary, String reason) {
        if (username != null && username.equals(currentUser.username())) {
            throw new ConflictingRecordException(
                    "Change your own password on your password page, with your current one");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(
                    "reason", "Say why the password is reset: it is kept in the audit trail");
        }
        UserAccount user = get(username);
        boolean generated = temporary == null || temporary.length == 0;
        char[] password = generated ? randomPassword() : temporary;
        PasswordPolicy.check(username, password, "temporaryPassword");
        var before = user.auditState();
        user.resetPassword(hashing.hash(password), RecordingClock.now());
        audit.event(
                PASSWORD_RESET,
                user,
                "temporary password set; to be changed at next login",
                reason);
        audit.changed(user, before, reason);
        return new TemporaryPassword(user, password, generated);
    }

    /**
     * The signed-in person's own new password, with the current one (a wrong one counts towards the
     * lockout like a failed login).
     */
    @PermitAll
    public UserAccount changeOwnPassword(char[] current, char[] next) {
        UserAccount me = currentUser.account();
        if (current == null || current.length == 0) {
            throw new InvalidRequestException("currentPassword", "Enter your current password");
        }
        var reentry =
                identityStore.reentered(
                        me, current, address(), SignInGuards.Channel.PASSWORD_CHANGE);
        if (!reentry.matches()) {
            throw new InvalidRequestException(
                    "currentPassword",
                    reentry == UserAccountIdentityStore.Reentry.LOCKED
                            ? "Too many wrong passwords: your account is locked"
                            : "The current password does not match");
        }
        PasswordPolicy.check(me.username(), next, "newPassword");
        if (hashing.verify(next, me.passwordHash())) {
            throw new InvalidRequestException(
                    "newPassword", "The new password must differ from the current one");
        }
        var before = me.auditState();
        me.changePassword(hashing.hash(next), RecordingClock.now());
        audit.event(PASSWORD_CHANGED, me, "password changed by its owner", null);
        if (!before.equals(me.auditState())) {
            audit.changed(me, before, "The person chose a new password after a reset or expiry");
        }
        return me;
    }

    /** An administrator unlocks a user name that failed too often; audited with a reason. */
    @RolesAllowed(Role.ADMIN_)
    public SignInGuard unlock(String username, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(
                    "reason", "Say why the account is unlocked: it is kept in the audit trail");
        }
        Instant now = Instant.now();
        return guards.guardOf(username)
                .filter(g -> g.lockedAt(now))
                .flatMap(g -> guards.unlock(username, reason.strip()))
                .orElseThrow(() -> new ConflictingRecordException(username + " is not locked out"));
    }

    /** Locked-out names and failed sign-ins of the last day (21 CFR 11.300(d)). */
    @RolesAllowed({Role.ADMIN_, Role.QA_MANAGER_})
    public List<SignInGuard> signInAlerts() {
        return guards.alerts();
    }

    private String address() {
        try {
            return clientAddress.get();
        } catch (ContextNotActiveException noRequest) {
            return "unknown";
        }
    }

    private static char[] randomPassword() {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = TEMPORARY_ALPHABET[RANDOM.nextInt(TEMPORARY_ALPHABET.length)];
        }
        return password;
    }

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public UserAccount get(String username) {
        return find(username).orElseThrow(() -> new NoSuchRecordException("User", username));
    }

    @RolesAllowed({Role.ADMIN_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    /** Those who may still log in (the ones an administrator can deactivate). */
    @RolesAllowed(Role.ADMIN_)
    public List<UserAccount> active() {
        return em.createQuery(
                        "select u from UserAccount u where u.active = true order by u.username",
                        UserAccount.class)
                .getResultList();
    }
}
