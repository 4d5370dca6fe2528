package org.implantdhr.web.certificate;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.implantdhr.certificate.boundary.CertificateAuthority;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.certificate.boundary.ImplantVerification;
import org.implantdhr.platform.control.RecordingClock;
import org.implantdhr.web.platform.UploadTooLargeException;
import org.implantdhr.web.platform.Uploads;

/**
 * Public verification, outside the logged-in /api: {@code GET /verify/{serial}} (JSON for Accept:
 * application/json, else a page for a phone), {@code POST /verify} with a certificate PDF as the
 * body (JSON) or as the file of the page's upload form (a page, the same checks in words), and
 * {@code GET /verify/ca.pem}. A servlet rather than a second JAX-RS application so that none of the
 * /api resources can ever be reached under this unprotected path. Every request counts against the
 * per-address limit (429 with Retry-After beyond it), so that serial numbers cannot be enumerated.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
// the upload form's file: the container keeps up to 1 MiB in memory, and the Uploads limit applies
@MultipartConfig(fileSizeThreshold = 1 << 20)
public class VerificationServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB Certificates certificates;

    @EJB CertificateAuthority authority;

    @Inject Uploads uploads;

    @Inject VerificationRateLimit rateLimit;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        long retryAfter = rateLimit.admit(request.getRemoteAddr());
        if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
            problem(
                    response,
                    429,
                    "Too Many Requests",
                    "At most "
                            + rateLimit.perMinute()
                            + " verification requests per minute from one address; try again in "
                            + retryAfter
                            + " s");
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getPathInfo();
        String accept = request.getHeader("Accept");
        boolean json = accept != null && accept.contains("application/json");
        if ((path == null || path.equals("/")) && !json) {
            // the address the navigation and the login page link to: ask a person for the serial
            // number
            String asked = request.getParameter("serial");
            if (asked != null && asked.strip().matches("[A-Za-z0-9-]{1,60}")) {
                // serial numbers are upper case; a phone's keyboard may well have typed them in
                // lower case
                response.sendRedirect(
                        request.getContextPath()
                                + "/verify/"
                                + asked.strip().toUpperCase(Locale.ROOT));
            } else {
                send(
                        response,
                        200,
                        "text/html",
                        VerificationPage.lookup(
                                request.getContextPath(),
                                authority.identity(),
                                RecordingClock.now(),
                                null));
            }
            return;
        }
        if (path == null || path.equals("/") || path.indexOf('/', 1) >= 0) {
            problem(response, 404, "Not Found", "Ask for /verify/{serial number}");
            return;
        }
        String serial = path.substring(1);
        response.setHeader("Cache-Control", "no-store");
        if (serial.equals("ca.pem")) {
            send(response, 200, "application/x-pem-file", certificates.caCertificatePem());
            return;
        }
        ImplantVerification answer = certificates.verify(serial);
        if (json) {
            send(response, 200, "application/json", JSON.toJson(answer));
        } else {
            send(
                    response,
                    200,
                    "text/html",
                    VerificationPage.of(answer, authority.identity(), request.getContextPath()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getPathInfo();
        if (path != null && !path.equals("/")) {
            problem(response, 404, "Not Found", "Post the certificate PDF to /verify");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            checkUploadedForm(request, response);
            return;
        }
        byte[] file;
        try {
            file = uploads.read(request.getInputStream());
        } catch (UploadTooLargeException e) {
            problem(
                    response,
                    413,
                    "Content Too Large",
                    "The file is larger than " + uploads.maxBytes() + " bytes");
            return;
        }
        if (file.length == 0) {
            problem(response, 400, "Bad Request", "Post the certificate PDF as the request body");
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        send(response, 200, "application/json", JSON.toJson(certificates.verify(file)));
    }

    /** The page's upload form: the same checks as a posted body, answered as a page. */
    private void checkUploadedForm(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Part part;
        try {
            part = request.getPart("file");
        } catch (ServletException | IllegalStateException e) {
            // beyond the container's limits, or not a readable form
            askAgain(request, response, 400, "The form could not be read: choose the file again.");
            return;
        }
        if (part == null || part.getSize() == 0) {
            askAgain(request, response, 400, "Choose the certificate PDF you hold.");
            return;
        }
        byte[] file;
        try {
            file = uploads.read(part.getInputStream());
        } catch (UploadTooLargeException e) {
            askAgain(
                    request,
                    response,
                    413,
                    "The file is larger than "
                            + uploads.maxBytes()
                            + " bytes: not a certificate of ours.");
            return;
        }
        send(
                response,
                200,
                "text/html",
                VerificationPage.of(
                        certificates.verify(file),
                        Uploads.fileNameOf(part),
                        authority.identity(),
                        RecordingClock.now(),
                        request.getContextPath()));
    }

    private void askAgain(
            HttpServletRequest request, HttpServletResponse response, int status, String problem)
            throws IOException {
        send(
                response,
                status,
                "text/html",
                VerificationPage.lookup(
                        request.getContextPath(),
                        authority.identity(),
                        RecordingClock.now(),
                        problem));
    }

    private static void problem(
            HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        send(
                response,
                status,
                "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":"
                        + quote(title)
                        + ",\"status\":"
                        + status
                        + ",\"detail\":"
                        + quote(detail)
                        + "}");
    }

    private static String quote(String text) {
        return JSON.toJson(text);
    }

    private static void send(
            HttpServletResponse response, int status, String mediaType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
