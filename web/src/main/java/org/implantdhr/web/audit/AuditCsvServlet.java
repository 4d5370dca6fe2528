package org.implantdhr.web.audit;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.implantdhr.audit.boundary.AuditLog;

/**
 * The audit trail page's search as a CSV download (/record/audit.csv, with the page's parameters),
 * for the people the page is for (the /record/* constraint in web.xml; the API has the same at
 * /api/audit/export).
 */
@WebServlet("/record/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var parameters = new LinkedHashMap<String, String>();
        for (String name :
                new String[] {"recordType", "recordId", "label", "actor", "from", "to", "order"}) {
            parameters.put(name, request.getParameter(name));
        }
        AuditLog.Query query;
        try {
            String id = parameters.get("recordId");
            query =
                    AuditResource.query(
                            parameters.get("recordType"),
                            id == null || id.isBlank() ? null : Long.valueOf(id.strip()),
                            parameters.get("label"),
                            parameters.get("actor"),
                            day(parameters.get("from")),
                            dayAfter(parameters.get("to")),
                            parameters.get("order"),
                            0,
                            1);
        } catch (RuntimeException e) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The search's parameters are not valid: go back to the audit trail page.");
            return;
        }
        response.setContentType(AuditCsv.MEDIA_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + AuditCsv.fileName(parameters) + "\"");
        AuditCsv.write(
                log,
                query,
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** The page's days (YYYY-MM-DD, UTC) as the API's instants. */
    private static String day(String value) {
        return value == null || value.isBlank()
                ? null
                : java.time.LocalDate.parse(value.strip()) + "T00:00:00Z";
    }

    private static String dayAfter(String value) {
        return value == null || value.isBlank()
                ? null
                : java.time.LocalDate.parse(value.strip()).plusDays(1) + "T00:00:00Z";
    }
}
