package org.implantdhr.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.SignInGuard;
import org.implantdhr.identity.entity.UserAccount;
import org.implantdhr.web.platform.PageErrors;

/**
 * The administrator's page: who may use the system, with which roles. People are created and
 * deactivated, never deleted or renamed, because their names are printed with the e-signatures they
 * made (21 CFR 11.100).
 */
@Named
@RequestScoped
public class UserAdministrationPage {

    private static final Map<String, String> NEW_USER_FIELDS =
            Map.of(
                    "username",
                    "user:username",
                    "fullName",
                    "user:fullName",
                    "password",
                    "user:password",
                    "roles",
                    "user:roles",
                    "hospital",
                    "user:hospital");
    private static final Map<String, String> DEACTIVATION_FIELDS =
            Map.of("username", "deactivation:person", "reason", "deactivation:reason");

    private static final Map<String, String> ROLE_FIELDS =
            Map.of("roles", "roles:newRoles", "reason", "roles:reason", "username", "roles:person");
    private static final Map<String, String> RESET_FIELDS =
            Map.of(
                    "temporaryPassword",
                    "reset:temporary",
                    "reason",
                    "reset:reason",
                    "username",
                    "reset:person");
    private static final Map<String, String> REACTIVATION_FIELDS =
            Map.of("username", "reactivation:person", "reason", "reactivation:reason");
    private static final Map<String, String> UNLOCK_FIELDS =
            Map.of("username", "unlock:person", "reason", "unlock:reason");

    @EJB Users users;

    @Inject FacesContext faces;

    private String username;
    private String fullName;
    private String password;
    private String hospital;
    private List<String> roles = new ArrayList<>();
    private String person;
    private String reason;
    private String rolePerson;
    private List<String> newRoles = new ArrayList<>();
    private String roleReason;
    private String resetPerson;
    private String resetTemporary;
    private String resetReason;
    private String shownTemporary;
    private String reactivatePerson;
    private String reactivateReason;
    private String unlockPerson;
    private String unlockReason;

    public String create() {
        var granted = EnumSet.noneOf(Role.class);
        roles.forEach(role -> granted.add(Role.valueOf(role)));
        char[] secret = password == null ? null : password.toCharArray();
        return PageErrors.of(NEW_USER_FIELDS)
                .attempt(
                        () -> {
                            users.create(username, fullName, secret, granted, hospital);
                            return "/admin/users?faces-redirect=true";
                        },
                        "User "
                                + username
                                + " created with the roles "
                                + String.join(", ", roles)
                                + ".");
    }

    /**
     * Deactivates the chosen person; the reason goes to the audit trail with the old and new state.
     */
    public String deactivate() {
        var failures = PageErrors.of(DEACTIVATION_FIELDS);
        if (person == null || person.isBlank()) {
            failures.onField("username", "Choose the person to deactivate.");
            return null;
        }
        if (reason == null || reason.isBlank()) {
            failures.onField(
                    "reason",
                    "Say why " + person + " is deactivated: it is kept in the audit trail.");
            return null;
        }
        return failures.attempt(
                () -> {
                    users.deactivate(person, reason.strip());
                    return "/admin/users?faces-redirect=true";
                },
                "User " + person + " deactivated.");
    }

    /**
     * An administrator changes another person's roles (their own are not offered, and refused by
     * the business component); the person's open sessions end.
     */
    public String changeRoles() {
        var failures = PageErrors.of(ROLE_FIELDS);
        if (!chosen(rolePerson, roleReason, "whose roles change", failures)) {
            return null;
        }
        var granted = EnumSet.noneOf(Role.class);
        newRoles.forEach(role -> granted.add(Role.valueOf(role)));
        return failures.attempt(
                () -> {
                    users.changeRoles(rolePerson, granted, roleReason.strip());
                    return "/admin/users?faces-redirect=true";
                },
                "The roles of " + rolePerson + " are now " + String.join(", ", newRoles) + ".");
    }

    /**
     * Resets a password: the one typed, or a random one shown once on this page (never stored in
     * the clear, never logged); the person must change it at the next login.
     */
    public String resetPassword() {
        var failures = PageErrors.of(RESET_FIELDS);
        if (!chosen(resetPerson, resetReason, "whose password is reset", failures)) {
            return null;
        }
        char[] typed =
                resetTemporary == null || resetTemporary.isEmpty()
                        ? null
                        : resetTemporary.toCharArray();
        try {
            var reset = users.resetPassword(resetPerson, typed, resetReason.strip());
            shownTemporary = reset.generated() ? new String(reset.password()) : null;
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "The password of "
                                    + resetPerson
                                    + " is reset; they choose a new one at their next login.",
                            null));
        } catch (RuntimeException e) {
            failures.show(e);
        }
        return null;
    }

    public String reactivate() {
        var failures = PageErrors.of(REACTIVATION_FIELDS);
        if (!chosen(reactivatePerson, reactivateReason, "to reactivate", failures)) {
            return null;
        }
        return failures.attempt(
                () -> {
                    users.reactivate(reactivatePerson, reactivateReason.strip());
                    return "/admin/users?faces-redirect=true";
                },
                "User " + reactivatePerson + " reactivated.");
    }

    public String unlock() {
        var failures = PageErrors.of(UNLOCK_FIELDS);
        if (!chosen(unlockPerson, unlockReason, "to unlock", failures)) {
            return null;
        }
        return failures.attempt(
                () -> {
                    users.unlock(unlockPerson, unlockReason.strip());
                    return "/admin/users?faces-redirect=true";
                },
                unlockPerson + " unlocked.");
    }

    private static boolean chosen(String who, String why, String what, PageErrors failures) {
        if (who == null || who.isBlank()) {
            failures.onField("username", "Choose the person " + what + ".");
            return false;
        }
        if (why == null || why.isBlank()) {
            failures.onField("reason", "Say why: it is kept in the audit trail.");
            return false;
        }
        return true;
    }

    /**
     * Everyone but the administrator looking: nobody changes their own roles or resets their own
     * password.
     */
    public List<UserAccount> getOthers() {
        String me = faces.getExternalContext().getRemoteUser();
        return users.all().stream().filter(u -> !u.username().equals(me)).toList();
    }

    public List<UserAccount> getInactiveUsers() {
        return users.all().stream().filter(u -> !u.active()).toList();
    }

    /** The user names locked out now. */
    public List<String> getLockedOut() {
        Instant now = Instant.now();
        return users.signInAlerts().stream()
                .filter(g -> g.lockedAt(now))
                .map(SignInGuard::username)
                .toList();
    }

    public String getShownTemporary() {
        return shownTemporary;
    }

    public List<UserAccount> getUsers() {
        return users.all();
    }

    public List<UserAccount> getActiveUsers() {
        return users.active();
    }

    /** The roles in the order of {@link Role}, comma separated. */
    public String rolesOf(UserAccount user) {
        return user.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRolePerson() {
        return rolePerson;
    }

    public void setRolePerson(String rolePerson) {
        this.rolePerson = rolePerson;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getRoleReason() {
        return roleReason;
    }

    public void setRoleReason(String roleReason) {
        this.roleReason = roleReason;
    }

    public String getResetPerson() {
        return resetPerson;
    }

    public void setResetPerson(String resetPerson) {
        this.resetPerson = resetPerson;
    }

    public String getResetTemporary() {
        return null;
    }

    public void setResetTemporary(String resetTemporary) {
        this.resetTemporary = resetTemporary;
    }

    public String getResetReason() {
        return resetReason;
    }

    public void setResetReason(String resetReason) {
        this.resetReason = resetReason;
    }

    public String getReactivatePerson() {
        return reactivatePerson;
    }

    public void setReactivatePerson(String reactivatePerson) {
        this.reactivatePerson = reactivatePerson;
    }

    public String getReactivateReason() {
        return reactivateReason;
    }

    public void setReactivateReason(String reactivateReason) {
        this.reactivateReason = reactivateReason;
    }

    public String getUnlockPerson() {
        return unlockPerson;
    }

    public void setUnlockPerson(String unlockPerson) {
        this.unlockPerson = unlockPerson;
    }

    public String getUnlockReason() {
        return unlockReason;
    }

    public void setUnlockReason(String unlockReason) {
        this.unlockReason = unlockReason;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }
}
