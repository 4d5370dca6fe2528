package org.implantdhr.web.vigilance;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.implantdhr.platform.control.ConflictingRecordException;
import org.implantdhr.platform.control.NoSuchRecordException;
import org.implantdhr.vigilance.boundary.IncidentReportFile;
import org.implantdhr.vigilance.boundary.IncidentReports;
import org.implantdhr.web.platform.FileDownload;

/**
 * The incident report page's downloads: /record/incident-report/{case number}.xml and .pdf, the
 * same files as the API's.
 */
@WebServlet("/record/incident-report/*")
public class IncidentReportServlet extends HttpServlet {

    @EJB transient IncidentReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[A-Za-z0-9][A-Za-z0-9-]{0,39}\\.(xml|pdf)")) {
            response.sendError(
                    HttpServletResponse.SC_NOT_FOUND,
                    "Name a case: /record/incident-report/{case number}.xml or .pdf");
            return;
        }
        String number = path.substring(1, path.length() - 4);
        try {
            IncidentReportFile report =
                    path.endsWith(".xml") ? reports.xml(number) : reports.pdf(number);
            response.setHeader("X-Report-Status", report.draft() ? "DRAFT" : "FINAL");
            FileDownload.send(
                    response,
                    report.content(),
                    report.mediaType(),
                    report.fileName(),
                    report.sha256());
        } catch (NoSuchRecordException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (ConflictingRecordException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
