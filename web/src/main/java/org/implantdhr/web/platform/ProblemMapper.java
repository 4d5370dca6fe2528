package org.implantdhr.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.implantdhr.evidence.control.InvalidEvidenceException;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;

/**
 * Every error of the API leaves as problem+json. Input that cannot be accepted is a 4xx naming what
 * is wrong; only a fault of the server itself is a 500, and then without internals in the answer
 * (they go to the log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return problemFor(BusyDatabase.causedBy(thrown) ? thrown : unwrap(thrown)).response();
    }

    static Problem problemFor(Throwable e) {
        if (e instanceof InvalidEvidenceException invalid) {
            return Problem.of(
                    Problem.UNPROCESSABLE_CONTENT,
                    invalid.title(),
                    invalid.problems().size() + " problem(s) found; nothing was stored",
                    invalid.problems().stream()
                            .map(p -> new Problem.Error(p.location(), p.message()))
                            .toList());
        }
        if (e instanceof InvalidRequestException invalid) {
            return Problem.of(
                    Problem.UNPROCESSABLE_CONTENT,
                    "Invalid request",
                    invalid.getMessage(),
                    List.of(new Problem.Error(invalid.field(), invalid.getMessage())));
        }
        if (e instanceof InvalidJsonException invalid) {
            return Problem.of(
                    Problem.UNPROCESSABLE_CONTENT,
                    "Invalid request",
                    invalid.getMessage(),
                    invalid.errors());
        }
        if (e instanceof MalformedJsonException malformed) {
            return Problem.of(
                    Status.BAD_REQUEST.getStatusCode(),
                    "Malformed JSON",
                    malformed.getMessage(),
                    List.of(new Problem.Error(malformed.location(), malformed.getMessage())));
        }
        if (e instanceof ConstraintViolationException violations) {
            var errors =
                    violations.getConstraintViolations().stream()
                            .map(
                                    v ->
                                            new Problem.Error(
                                                    lastNode(v.getPropertyPath().toString()),
                                                    v.getMessage()))
                            .sorted(java.util.Comparator.comparing(Problem.Error::location))
                            .toList();
            return Problem.of(
                    ProblemResponses.statusOf(Status.BAD_REQUEST.getStatusCode(), errors),
                    "Invalid request",
                    "Some fields are missing or invalid",
                    errors);
        }
        if (e instanceof JsonbException || e instanceof jakarta.json.JsonException) {
            // the binding's own text names Java classes of the server; the body was already checked
            // field by field
            LOG.log(Level.FINE, "JSON binding refused a body", e);
            return Problem.of(
                    Status.BAD_REQUEST.getStatusCode(),
                    "Malformed JSON",
                    "The body does not have the form this request expects");
        }
        if (e instanceof NoSuchRecordException) {
            return Problem.of(Status.NOT_FOUND.getStatusCode(), "Not found", e.getMessage());
        }
        if (e instanceof ConflictingRecordException) {
            return Problem.of(Status.CONFLICT.getStatusCode(), "Conflict", e.getMessage());
        }
        if (BusyDatabase.causedBy(e)) {
            LOG.log(Level.WARNING, "Request refused: the database was busy", e);
            return Problem.of(
                    Status.SERVICE_UNAVAILABLE.getStatusCode(),
                    "Busy",
                    "The server is busy with other work; nothing was stored. Try again in a moment");
        }
        if (e instanceof OptimisticLockException) {
            return Problem.of(
                    Status.CONFLICT.getStatusCode(),
                    "Conflict",
                    "Someone else changed this record at the same time; reload it and try again");
        }
        if (e instanceof EJBAccessException || e instanceof SecurityException) {
            return Problem.of(
                    Status.FORBIDDEN.getStatusCode(), "Forbidden", "Your role does not allow this");
        }
        if (e instanceof UploadTooLargeException tooLarge) {
            return Problem.of(
                    Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(),
                    "Upload too large",
                    tooLarge.getMessage());
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Request failed", e);
                return Problem.of(
                        Status.INTERNAL_SERVER_ERROR.getStatusCode(),
                        "Server error",
                        "The server could not complete the request");
            }
            Status s = Status.fromStatusCode(status);
            String title = s == null ? "Error" : s.getReasonPhrase();
            // the JAX-RS runtime's own texts name its classes and message codes (RESTEASY003870)
            String detail =
                    web.getMessage() == null || ProblemResponses.namesInternals(web.getMessage())
                            ? title
                            : web.getMessage();
            return new Problem("about:blank", title, status, detail, null, List.of());
        }
        LOG.log(Level.SEVERE, "Request failed", e);
        return Problem.of(
                Status.INTERNAL_SERVER_ERROR.getStatusCode(),
                "Server error",
                "The server could not complete the request");
    }

    /**
     * Business exceptions can arrive wrapped by the EJB container or by JSON-B; the cause says what
     * happened.
     */
    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException
                        || e.getClass().getName().startsWith("jakarta.transaction")
                        || e instanceof jakarta.ws.rs.ProcessingException
                        || e instanceof jakarta.persistence.PersistenceException
                                && !(e instanceof OptimisticLockException)
                                && !(e instanceof PessimisticLockException))
                && e.getCause() != null
                && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
