package org.implantdhr.web.vigilance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.vigilance.boundary.CaseTrace;
import org.implantdhr.vigilance.boundary.CaseTraces;

/**
 * {@code GET /api/vigilance/cases/{number}/trace}: the case's implant traced back to what made it,
 * and forward from each shared record to every sibling implant with where it is now.
 */
@Path("vigilance/cases/{number}/trace")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTraceResource {

    @EJB CaseTraces traces;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public CaseTrace trace(@PathParam("number") String number) {
        return traces.of(number);
    }
}
