package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.vigilance.boundary.IncidentReports;

/**
 * {@code GET /api/vigilance/cases/{number}/report.pdf}: the case's incident report, device section,
 * as signed PDF/A-3b ({@link IncidentReportDownload}). A root resource of its own with the whole
 * path, so that it matches only this path and leaves the case's other paths to {@link
 * VigilanceCasesResource}.
 */
@Path("vigilance/cases/{number}/report.pdf")
public class IncidentReportPdfResource {

    @EJB IncidentReports reports;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Produces({"application/pdf", "application/problem+json"})
    public Response report(@PathParam("number") String number) {
        return IncidentReportDownload.answer(reports.pdf(number));
    }
}
