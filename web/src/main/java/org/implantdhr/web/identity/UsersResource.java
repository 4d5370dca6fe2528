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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.implantdhr.identity.boundary.Users;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.identity.entity.UserAccount;

/** People and their roles. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** A user as the API shows it: never the password hash. */
    public record UserView(String username, String fullName, boolean active, Set<Role> roles) {
        static UserView of(UserAccount u) {
            return new UserView(u.username(), u.fullName(), u.active(), u.roles());
        }
    }

    /** A new user. */
    public record NewUser(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 1000) String password,
            @NotEmpty Set<@NotNull Role> roles) {}

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
                        user.roles());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(UserView.of(created))
                .build();
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("{username}/deactivation")
    public UserView deactivate(
            @PathParam("username") String username, @Valid @NotNull Reason reason) {
        return UserView.of(users.deactivate(username, reason.reason()));
    }
}
