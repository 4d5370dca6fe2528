package org.implantdhr.web.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last word on error answers: some are made by the JAX-RS runtime itself without consulting the
 * exception mappers (an unreadable JSON body, an unsupported media type, a wrong method). Those
 * become problem+json too.
 */
@Provider
public class ProblemResponses implements ContainerResponseFilter {

    private static final Pattern VIOLATION =
            Pattern.compile(
                    "\\[(?:FIELD|PROPERTY|PARAMETER|RETURN_VALUE|CLASS)]\\r\\[([^\\]]*)]\\r\\[([^\\]]*)]");

    private static final Pattern INTERNALS =
            Pattern.compile(
                    "RESTEASY\\d+|\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|\\$[A-Z]\\w*|Exception\\b");

    private static final Pattern DOES_NOT_FIT =
            Pattern.compile(
                    "^size must be between|^must be (less|greater) than|^numeric value out of bounds|^must be (greater than or equal|less than or equal)");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || Problem.JSON.isCompatible(response.getMediaType())) {
            return;
        }
        var reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        String text = response.getEntity() == null ? "" : response.getEntity().toString();
        List<Problem.Error> violations = violations(text);
        Problem problem =
                violations.isEmpty()
                        ? new Problem(
                                "about:blank",
                                title,
                                status,
                                text.isBlank() || namesInternals(text) ? title : text,
                                null,
                                List.of())
                        : new Problem(
                                "about:blank",
                                "Invalid request",
                                statusOf(status, violations),
                                "Some fields are missing or invalid",
                                null,
                                violations);
        response.setStatus(problem.status());
        response.setEntity(problem, null, Problem.JSON);
    }

    /**
     * A value that is there but does not fit its field (too long for its column, out of range) is
     * unprocessable content, 422; a missing or blank field stays a bad request, 400.
     */
    static int statusOf(int status, List<Problem.Error> violations) {
        return status == 400
                        && violations.stream()
                                .allMatch(v -> DOES_NOT_FIT.matcher(v.message()).find())
                ? Problem.UNPROCESSABLE_CONTENT
                : status;
    }

    /**
     * The runtime's own messages name its codes and the server's classes: those stay in the server.
     */
    static boolean namesInternals(String text) {
        return INTERNALS.matcher(text).find();
    }

    /**
     * The runtime's own bean-validation answer lists each violation as four bracketed lines — kind,
     * property path, message, value — ("[PARAMETER]\r[open.implantCase.hospital]\r[must not be
     * blank]\r[]"): each becomes an error located at the property it names.
     */
    static List<Problem.Error> violations(String report) {
        Matcher m = VIOLATION.matcher(report);
        var errors = new ArrayList<Problem.Error>();
        while (m.find()) {
            String path = m.group(1);
            errors.add(new Problem.Error(path.substring(path.lastIndexOf('.') + 1), m.group(2)));
        }
        return errors;
    }
}
