package org.implantdhr.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.entity.Role;
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
                    "user:roles");
    private static final Map<String, String> DEACTIVATION_FIELDS =
            Map.of("username", "deactivation:person", "reason", "deactivation:reason");

    @EJB Users users;

    private String username;
    private String fullName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String person;
    private String reason;

    public String create() {
        var granted = EnumSet.noneOf(Role.class);
        roles.forEach(role -> granted.add(Role.valueOf(role)));
        char[] secret = password == null ? null : password.toCharArray();
        return PageErrors.of(NEW_USER_FIELDS)
                .attempt(
                        () -> {
                            users.create(username, fullName, secret, granted);
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
}
