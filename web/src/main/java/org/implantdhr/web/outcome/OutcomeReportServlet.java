package org.implantdhr.web.outcome;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import org.implantdhr.outcome.boundary.OutcomeReport;
import org.implantdhr.outcome.boundary.OutcomeReports;
import org.implantdhr.web.platform.FileDownload;

/** The signed outcome report for the outcomes page's download link: /outcomes/report.pdf. */
@WebServlet("/outcomes/report.pdf")
public class OutcomeReportServlet extends HttpServlet {

    @EJB transient OutcomeReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            OutcomeReport report = reports.report(ZoneOffset.UTC);
            FileDownload.send(
                    response, report.pdf(), "application/pdf", report.fileName(), report.sha256());
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
