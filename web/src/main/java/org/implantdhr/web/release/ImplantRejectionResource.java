package org.implantdhr.web.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.release.boundary.ReleaseDecisions;

/** QA rejects an implant, with a reason. */
@Path("implants/{serial}/rejection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplantRejectionResource {

    public record RejectionJson(@NotBlank String reason) {}

    @EJB ReleaseDecisions decisions;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_})
    @POST
    public DecisionJson reject(
            @PathParam("serial") String serial, @Valid @NotNull RejectionJson rejection) {
        return DecisionJson.of(decisions.reject(serial, rejection.reason()));
    }
}
