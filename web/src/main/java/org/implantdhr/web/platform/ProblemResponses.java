package org.implantdhr.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The last word on error answers: some are made by the JAX-RS runtime itself without consulting the exception
 * mappers (an unreadable JSON body, an unsupported media type, a wrong method). Those become problem+json too.
 */
@Provider
public class ProblemResponses implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || Problem.JSON.isCompatible(response.getMediaType())) {
            return;
        }
        var reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        String detail = response.getEntity() instanceof String text && !text.isBlank() ? text : title;
        response.setEntity(new Problem("about:blank", title, status, detail, null, List.of()), null, Problem.JSON);
    }
}
