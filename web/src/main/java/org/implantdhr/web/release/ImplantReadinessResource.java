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

/**
 * What stands between an implant and its release for the caller, judged as the release judges it.
 */
@Path("implants/{serial}/readiness")
@Produces(MediaType.APPLICATION_JSON)
public class ImplantReadinessResource {

    @EJB ReleaseDecisions decisions;

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public ReadinessJson readiness(@PathParam("serial") String serial) {
        return ReadinessJson.of(decisions.readiness(serial));
    }
}
