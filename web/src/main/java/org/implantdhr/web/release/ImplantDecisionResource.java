package org.implantdhr.web.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.release.boundary.ReleaseDecisions;

/** The decision on an implant (release or rejection) with the content its hash is bound to. */
@Path("implants/{serial}/decision")
@Produces(MediaType.APPLICATION_JSON)
public class ImplantDecisionResource {

    @EJB ReleaseDecisions decisions;

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public DecisionJson decision(@PathParam("serial") String serial) {
        return DecisionJson.of(decisions.decision(serial));
    }
}
