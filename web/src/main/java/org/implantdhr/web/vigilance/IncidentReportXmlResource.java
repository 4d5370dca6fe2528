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
 * {@code GET /api/vigilance/cases/{number}/report.xml}: the case's incident report, device section,
 * as XML in the schema incident-report-device-1.0 ({@link IncidentReportDownload}). A root resource
 * of its own with the whole path, so that it matches only this path and leaves the case's other
 * paths to {@link VigilanceCasesResource}.
 */
@Path("vigilance/cases/{number}/report.xml")
public class IncidentReportXmlResource {

    @EJB IncidentReports reports;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Produces({"application/xml", "application/problem+json"})
    public Response report(@PathParam("number") String number) {
        return IncidentReportDownload.answer(reports.xml(number));
    }
}
