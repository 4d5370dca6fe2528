package org.implantdhr.web.certificate;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.HexFormat;
import org.implantdhr.certificate.boundary.CertificateFile;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.web.platform.SecurityHeaders;

/**
 * The certificate PDF for the surgeon's browser session ({@code GET
 * /surgeon/certificate?serial=...}): /api takes only HTTP Basic, so the pages download here, inside
 * the surgeons' area (web.xml lets only SURGEON in). The boundary gives a surgeon only the
 * certificates of their own cases; any other serial is "not found", so that not even its existence
 * leaks.
 */
@WebServlet("/surgeon/certificate")
public class SurgeonCertificateDownload extends HttpServlet {

    @EJB Certificates certificates;

    @EJB Implants implants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String serial = request.getParameter("serial");
        if (serial == null || serial.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Name the implant: ?serial=...");
            return;
        }
        CertificateFile file;
        try {
            implants.getVisible(serial); // to a surgeon, the implants of other cases do not exist
            file = certificates.pdf(serial);
        } catch (NoSuchRecordException e) {
            response.sendError(
                    HttpServletResponse.SC_NOT_FOUND,
                    "None of your cases has a certificate for " + serial);
            return;
        }
        String name = file.certificateNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
        response.setContentType("application/pdf");
        SecurityHeaders.forDownload(response);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader(
                "Digest",
                "sha-256="
                        + Base64.getEncoder()
                                .encodeToString(HexFormat.of().parseHex(file.sha256())));
        response.setHeader("X-Certificate-Status", file.status().name());
        response.setContentLength(file.pdf().length);
        response.getOutputStream().write(file.pdf());
    }
}
