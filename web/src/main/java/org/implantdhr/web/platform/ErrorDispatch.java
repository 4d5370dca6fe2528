package org.implantdhr.web.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the web container sends every error it answers itself (web.xml's error pages): an exception
 * nobody caught, or a status such as 400 for an address it cannot take ({@code /verify/a%2Fb}). A
 * program (the API, or a client asking for JSON) gets problem+json, a person the product's error
 * page; neither sees a stack trace, an exception's text or a class name (they go to the log). A
 * lock or timeout is 503 with Retry-After ({@link BusyDatabase}); an expired page state still leads
 * to the session-expired page.
 */
@WebServlet("/error-dispatch")
public class ErrorDispatch extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorDispatch.class.getName());

    /** The status the error page explains (request attribute). */
    public static final String STATUS = "implantdhr.error.status";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer c && c >= 400 ? c : 500;
        if (thrown != null) {
            if (expiredView(thrown)) {
                request.getRequestDispatcher("/session-expired.xhtml").forward(request, response);
                return;
            }
            if (BusyDatabase.causedBy(thrown)) {
                LOG.log(Level.WARNING, "Request refused: the database was busy: " + uri, thrown);
                status = Status.SERVICE_UNAVAILABLE.getStatusCode();
            } else if (status >= 500) {
                LOG.log(Level.SEVERE, "Request failed: " + uri, thrown);
                status = Status.INTERNAL_SERVER_ERROR.getStatusCode();
            } else {
                // the container's own refusal of an address (a file not found, an encoded slash)
                LOG.log(Level.FINE, "Request refused with " + status + ": " + uri, thrown);
            }
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        if (status == Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.setHeader("Retry-After", Integer.toString(BusyDatabase.RETRY_AFTER_SECONDS));
        }
        if (wantsProblem(request, uri)) {
            Problem problem = problem(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            try (var jsonb = JsonbBuilder.create()) {
                response.getOutputStream()
                        .write(jsonb.toJson(problem).getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IOException("problem not written", e);
            }
            return;
        }
        request.setAttribute(STATUS, status);
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    static Problem problem(int status) {
        if (status == Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            return Problem.of(
                    status,
                    "Busy",
                    "The server is busy with other work; nothing was stored. Try again in a moment");
        }
        if (status >= 500) {
            return Problem.of(status, "Server error", "The server could not complete the request");
        }
        Status known = Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return Problem.of(status, title, title);
    }

    private static boolean wantsProblem(HttpServletRequest request, String uri) {
        String api = request.getContextPath() + "/api/";
        if (uri != null && uri.startsWith(api)) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static boolean expiredView(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
