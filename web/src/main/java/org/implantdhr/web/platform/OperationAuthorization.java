package org.implantdhr.web.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Who may call an API operation, decided before anything of the request is read: the
 * {@code @RolesAllowed} (or {@code @PermitAll}: every signed-in person) of the resource method,
 * else of its class. A request filter runs before the body is read and bean validation checks it,
 * so a role without the right learns nothing of the fields an operation expects (a 403, never a 400
 * or 422 listing them). An operation that declares nobody is refused to everybody: a new endpoint
 * cannot open by forgetting its annotation. The business components check the roles again on every
 * call (they also serve the pages).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class OperationAuthorization implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OperationAuthorization.class.getName());

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // not matched to an operation: the runtime answers 404/405 itself
        }
        SecurityContext caller = request.getSecurityContext();
        if (!allows(method, resource.getResourceClass(), caller)) {
            request.abortWith(
                    Problem.of(
                                    Status.FORBIDDEN.getStatusCode(),
                                    "Forbidden",
                                    "Your role does not allow this")
                            .response());
        }
    }

    static boolean allows(Method method, Class<?> resourceClass, SecurityContext caller) {
        AnnotatedElement declaring = declares(method) ? method : resourceClass;
        if (!declares(declaring)) {
            LOG.severe(
                    () ->
                            "API operation "
                                    + resourceClass.getSimpleName()
                                    + "."
                                    + method.getName()
                                    + " declares no roles; refused to everybody");
            return false;
        }
        if (declaring.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        boolean signedIn = caller != null && caller.getUserPrincipal() != null;
        if (declaring.isAnnotationPresent(PermitAll.class)) {
            return signedIn;
        }
        String[] roles = declaring.getAnnotation(RolesAllowed.class).value();
        return signedIn && Arrays.stream(roles).anyMatch(caller::isUserInRole);
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}
