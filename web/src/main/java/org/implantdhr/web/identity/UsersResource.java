package org.implantdhr.web.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.SignInGuard;
import org.implantdhr.identity.entity.UserAccount;

/** People and their roles. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** A user as the API shows it: never the password hash. */
    public record UserView(
            String username,
            String fullName,
            boolean active,
            Set<Role> roles,
            boolean mustChangePassword,
            String hospital) {
        static UserView of(UserAccount u) {
            return new UserView(
                    u.username(),
                    u.fullName(),
                    u.active(),
                    u.roles(),
                    u.mustChangePassword(),
                    u.hospital());
        }
    }

    /** New roles for a person, and why. */
    public record RoleChange(
            @NotEmpty Set<@NotNull Role> roles, @NotBlank @Size(max = 2000) String reason) {}

    /**
     * A password reset: why, and optionally the temporary password the administrator chose (else
     * the system chooses one).
     */
    public record PasswordReset(
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = 1000) String temporaryPassword) {}

    /**
     * The temporary password, shown once to the administrator who reset it (never stored or
     * logged); null when the administrator typed it.
     */
    public record ResetDone(
            String username, boolean mustChangePassword, String temporaryPassword) {}

    /** The signed-in person's own password change. */
    public record PasswordChange(
            @NotBlank @Size(max = 1000) String currentPassword,
            @NotBlank @Size(max = 1000) String newPassword) {}

    /** A user name that failed to sign in, and whether it is locked out. */
    public record SignInAlert(
            String username,
            int failedAttempts,
            Instant lastFailureAt,
            String lastFailureAddress,
            String lastFailureChannel,
            boolean locked,
            Instant lockedUntil) {
        static SignInAlert of(SignInGuard g) {
            return new SignInAlert(
                    g.username(),
                    g.failedAttempts(),
                    g.lastFailureAt(),
                    g.lastFailureAddress(),
                    g.lastFailureChannel(),
                    g.lockedAt(Instant.now()),
                    g.lockedUntil());
        }
    }

    /** A new user. */
    public record NewUser(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 1000) String password,
            @NotEmpty Set<@NotNull Role> roles,
            @Size(max = 200) String hospital) {}

    /** A reason, for changes that need one. */
    public record Reason(@NotBlank @Size(max = 2000) String reason) {}

    @EJB Users users;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    public List<UserView> all() {
        return users.all().stream().map(UserView::of).toList();
    }

    /** Who am I: any logged-in user may ask. */
    @PermitAll
    @GET
    @Path("me")
    public UserView me(@Context SecurityContext security) {
        return UserView.of(users.get(security.getUserPrincipal().getName()));
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    public Response create(@Valid @NotNull NewUser user, @Context UriInfo uri) {
        var created =
                users.create(
                        user.username(),
                        user.fullName(),
                        user.password().toCharArray(),
                        user.roles(),
                        user.hospital());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(UserView.of(created))
                .build();
    }

    /** The person's own new password, with the current one; 204. */
    @PermitAll
    @POST
    @Path("me/password")
    public Response changeOwnPassword(@Valid @NotNull PasswordChange change) {
        users.changeOwnPassword(
                change.currentPassword().toCharArray(), change.newPassword().toCharArray());
        return Response.noContent().build();
    }

    /** Locked-out user names and failed sign-ins of the last day: administrators, QA managers. */
    @RolesAllowed({Role.ADMIN_, Role.QA_MANAGER_})
    @GET
    @Path("sign-in-alerts")
    public List<SignInAlert> signInAlerts() {
        return users.signInAlerts().stream().map(SignInAlert::of).toList();
    }

    @RolesAllowed(Role.ADMIN_)
    @PUT
    @Path("{username}/roles")
    public UserView changeRoles(
            @PathParam("username") String username, @Valid @NotNull RoleChange change) {
        return UserView.of(users.changeRoles(username, change.roles(), change.reason()));
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("{username}/password-reset")
    public ResetDone resetPassword(
            @PathParam("username") String username, @Valid @NotNull PasswordReset reset) {
        var done =
                users.resetPassword(
                        username,
                        reset.temporaryPassword() == null
                                ? null
                                : reset.temporaryPassword().toCharArray(),
                        reset.reason());
        return new ResetDone(
                done.user().username(),
                done.user().mustChangePassword(),
                done.generated() ? new String(done.password()) : null);
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("{username}/reactivation")
    public UserView reactivate(
            @PathParam("username") String username, @Valid @NotNull Reason reason) {
        return UserView.of(users.reactivate(username, reason.reason()));
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username, @Valid @NotNull Reason reason) {
        users.unlock(username, reason.reason());
        return Response.noContent().build();
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("{username}/deactivation")
    public UserView deactivate(
            @PathParam("username") String username, @Valid @NotNull Reason reason) {
        return UserView.of(users.deactivate(username, reason.reason()));
    }
}
