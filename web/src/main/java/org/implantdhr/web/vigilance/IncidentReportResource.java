package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.vigilance.boundary.IncidentReportFile;
import org.implantdhr.vigilance.boundary.IncidentReports;
import org.implantdhr.web.platform.FileDownload;

/**
 * A vigilance case's incident report, device section: {@code GET
 * /api/vigilance/cases/{number}/report.xml} and {@code …/report.pdf} (signed PDF/A-3b). {@code
 * X-Report-Status} says DRAFT or FINAL. The path names the file so that this class matches only
 * these two and leaves the case's other paths to {@link VigilanceCasesResource}.
 */
@Path("vigilance/cases/{number}/{file: report\\.xml|report\\.pdf}")
public class IncidentReportResource {

    @EJB IncidentReports reports;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Produces({"application/xml", "application/pdf", "application/problem+json"})
    public Response report(@PathParam("number") String number, @PathParam("file") String file) {
        IncidentReportFile report =
                file.endsWith(".xml") ? reports.xml(number) : reports.pdf(number);
        return FileDownload.answer(report.content(), report.mediaType(), report.fileName())
                .header("X-Report-Status", report.draft() ? "DRAFT" : "FINAL")
                .header("X-Content-SHA256", report.sha256())
                .build();
    }
}
