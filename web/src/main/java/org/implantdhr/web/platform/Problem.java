package org.implantdhr.web.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists each place in the input that is wrong — a JSON
 * field, a line and column of a file, an XML element — so that a person can correct all of them at
 * once.
 */
public record Problem(
        String type, String title, int status, String detail, String instance, List<Error> errors) {

    /**
     * An answer never grows with the input: texts that echo a request are cut, and so is the list
     * of errors.
     */
    static final int MAX_TEXT = 500;

    static final int MAX_ERRORS = 100;

    public Problem {
        detail = bounded(detail);
        errors =
                errors == null
                        ? List.of()
                        : errors.stream()
                                .limit(MAX_ERRORS)
                                .map(e -> new Error(bounded(e.location()), bounded(e.message())))
                                .toList();
    }

    static String bounded(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    public static final MediaType JSON = new MediaType("application", "problem+json");

    /** One wrong place in the input. */
    public record Error(String location, String message) {}

    public static final int UNPROCESSABLE_CONTENT = 422;

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Error> errors) {
        return new Problem("about:blank", title, status, detail, null, errors);
    }

    public Response response() {
        var answer = Response.status(status).type(JSON).entity(this);
        if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            answer.header("Retry-After", BusyDatabase.RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }
}
