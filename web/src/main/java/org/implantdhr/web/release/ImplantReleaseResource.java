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

/** The release e-signature: the password re-entered, and the zone the signing time is shown in. */
@Path("implants/{serial}/release")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplantReleaseResource {

    public record SigningJson(@NotBlank String password, String zone) {}

    @EJB ReleaseDecisions decisions;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_})
    @POST
    public DecisionJson release(
            @PathParam("serial") String serial, @Valid @NotNull SigningJson signing) {
        return DecisionJson.of(
                decisions.release(serial, signing.password().toCharArray(), signing.zone()));
    }
}
