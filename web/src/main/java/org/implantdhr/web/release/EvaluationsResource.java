package org.implantdhr.web.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.release.boundary.ReleaseEvaluations;
import org.implantdhr.release.boundary.ReplayReport;

/** An evaluation by id: acknowledging its warnings, and replaying its stored facts. */
@Path("evaluations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationsResource {

    public record AcknowledgementJson(@NotBlank String comment) {}

    @EJB ReleaseEvaluations evaluations;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("findings/{findingId}/acknowledgement")
    public FindingJson acknowledge(
            @PathParam("id") long id,
            @PathParam("findingId") long findingId,
            @Valid @NotNull AcknowledgementJson acknowledgement) {
        return FindingJson.of(evaluations.acknowledge(id, findingId, acknowledgement.comment()));
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("replay")
    public ReplayReport replay(@PathParam("id") long id) {
        return evaluations.replay(id);
    }
}
