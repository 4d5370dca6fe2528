package org.implantdhr.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.implantdhr.audit.control.AuditTrail;
import org.implantdhr.identity.control.CurrentUser;
import org.implantdhr.identity.control.PasswordHashing;
import org.implantdhr.identity.entity.Role;
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

    private static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext EntityManager em;

    @Inject PasswordHashing hashing;

    @Inject AuditTrail audit;

    @Inject CurrentUser currentUser;

    @RolesAllowed(Role.ADMIN_)
    public UserAccount create(String username, String fullName, char[] password, Set<Role> roles) {
        return register(username, fullName, password, roles);
    }

    /** Also used by the demo-data generator at start-up, before anyone is logged in. */
    public UserAccount register(
            String username, String fullName, char[] password, Set<Role> roles) {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new InvalidRequestException(
                    "username",
                    "A user name is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidRequestException(
                    "fullName", "The full name is required: it is printed with every e-signature");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException(
                    "password", "A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException("roles", "At least one role is required");
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
