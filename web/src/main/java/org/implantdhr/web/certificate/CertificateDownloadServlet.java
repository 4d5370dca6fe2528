package org.implantdhr.web.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.implantdhr.certificate.boundary.CertificateFile;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.web.platform.SecurityHeaders;

/**
 * The release certificate PDF for the pages ({@code /qa/certificate.pdf?serial=...}; {@code
 * &download=1} saves it instead of opening it). Under /qa, so the area's constraint and the browser
 * session apply: the pages never link to /api, which takes only HTTP Basic. Read-only, hence GET.
 */
@WebServlet("/qa/certificate.pdf")
public class CertificateDownloadServlet extends HttpServlet {

    @EJB Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String serial = request.getParameter("serial");
        if (serial == null || serial.isBlank()) {
            response.sendError(400, "Which implant? Add ?serial=...");
            return;
        }
        CertificateFile file;
        try {
            file = certificates.pdf(serial.strip());
        } catch (EJBAccessException e) {
            response.sendError(403, "Your role does not allow this");
            return;
        } catch (NoSuchRecordException e) {
            response.sendError(404, e.getMessage());
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NoSuchRecordException missing) {
                response.sendError(404, missing.getMessage());
                return;
            }
            throw e;
        }
        String name = file.certificateNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
        boolean download = "1".equals(request.getParameter("download"));
        response.setContentType("application/pdf");
        SecurityHeaders.forPdf(response);
        response.setHeader(
                "Content-Disposition",
                (download ? "attachment" : "inline") + "; filename=\"" + name + "\"");
        response.setHeader("X-Certificate-Status", file.status().name());
        response.setContentLength(file.pdf().length);
        response.getOutputStream().write(file.pdf());
    }
}
