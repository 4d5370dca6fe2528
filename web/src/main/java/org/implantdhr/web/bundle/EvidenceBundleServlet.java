package org.implantdhr.web.bundle;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.implantdhr.bundle.boundary.EvidenceBundles;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.web.platform.SecurityHeaders;

/**
 * The evidence bundle for the browser: {@code GET /record/bundle?serial=...}. Under /record, so the
 * area's roles apply (web.xml) before the component checks them again; a GET because it only reads
 * (the export itself is audited by the component). A refusal is a small page saying why, with the
 * status code of the API.
 */
@WebServlet("/record/bundle")
public class EvidenceBundleServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(EvidenceBundleServlet.class.getName());

    @EJB EvidenceBundles bundles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String serial = request.getParameter("serial");
        String fileName;
        try {
            if (serial == null || serial.isBlank()) {
                throw new InvalidRequestException(
                        "serial", "Name the implant: /record/bundle?serial=...");
            }
            fileName = bundles.open(serial.strip());
        } catch (RuntimeException e) {
            refuse(request.getContextPath(), response, unwrap(e));
            return;
        }
        response.setContentType(EvidenceBundles.MEDIA_TYPE);
        SecurityHeaders.forDownload(response);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        bundles.write(serial.strip(), response.getOutputStream());
    }

    private static void refuse(String contextPath, HttpServletResponse response, Throwable e)
            throws IOException {
        if (e instanceof EJBAccessException || e instanceof SecurityException) {
            response.sendError(403);
            return;
        }
        int status =
                e instanceof NoSuchRecordException
                        ? 404
                        : e instanceof ConflictingRecordException
                                ? 409
                                : e instanceof InvalidRequestException ? 400 : 500;
        String message =
                status == 500
                        ? "The bundle could not be made; the server log says why."
                        : e.getMessage();
        if (status == 500) {
            LOG.log(Level.SEVERE, "Evidence bundle failed", e);
        }
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream()
                .write(
                        ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                        + "<title>No evidence bundle</title></head><body><h1>No evidence bundle</h1><p id=\"bundle-refused\">"
                                        + escape(message)
                                        + "</p><p><a href=\""
                                        + contextPath
                                        + "/record/implants.xhtml\">The implants</a></p></body></html>")
                                .getBytes(StandardCharsets.UTF_8));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while (e instanceof EJBException
                && !(e instanceof EJBAccessException)
                && e.getCause() != null
                && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
