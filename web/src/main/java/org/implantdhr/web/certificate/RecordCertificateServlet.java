package org.implantdhr.web.certificate;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.web.platform.FileDownload;

/**
 * The signed release certificate of an implant for the record pages: /record/certificate/{serial
 * number}.
 */
@WebServlet("/record/certificate/*")
public class RecordCertificateServlet extends HttpServlet {

    @EJB transient Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[A-Z0-9][A-Z0-9-]{3,39}")) {
            response.sendError(
                    HttpServletResponse.SC_NOT_FOUND,
                    "Name an implant: /record/certificate/{serial number}");
            return;
        }
        try {
            var certificate = certificates.pdf(path.substring(1));
            response.setHeader("X-Certificate-Status", certificate.status().name());
            FileDownload.send(
                    response,
                    certificate.pdf(),
                    "application/pdf",
                    certificate.certificateNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf",
                    certificate.sha256());
        } catch (NoSuchRecordException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
