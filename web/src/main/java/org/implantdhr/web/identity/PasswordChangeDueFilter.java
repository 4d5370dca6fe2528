package org.implantdhr.web.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.implantdhr.identity.control.AccountStates;
import org.implantdhr.web.platform.Problem;

/**
 * An API caller whose password was reset by an administrator (or has expired) may do nothing but
 * ask who they are and change it: every other call is answered 403 until then.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeDueFilter implements ContainerRequestFilter {

    @Inject AccountStates accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        String path = request.getUriInfo().getPath();
        if (caller == null || path.matches("/?users/me(/password)?/?")) {
            return;
        }
        if (accounts.of(caller.getName()).map(s -> s.passwordChangeDue()).orElse(false)) {
            request.abortWith(
                    Problem.of(
                                    403,
                                    "Forbidden",
                                    "Your password must be changed first:"
                                            + " POST /api/users/me/password")
                            .response());
        }
    }
}
