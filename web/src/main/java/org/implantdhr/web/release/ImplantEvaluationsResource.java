package org.implantdhr.web.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.release.boundary.ReleaseDecisions;
import org.implantdhr.release.boundary.ReleaseEvaluations;

/**
 * Evaluating an implant's record by the release rules, and reading the latest evaluation, each with
 * the implant's readiness for the caller.
 */
@Path("implants/{serial}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class ImplantEvaluationsResource {

    @EJB ReleaseEvaluations evaluations;

    @EJB ReleaseDecisions decisions;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response evaluate(@PathParam("serial") String serial, @Context UriInfo uri) {
        var evaluation = evaluations.evaluate(serial);
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("evaluations")
                                .path(String.valueOf(evaluation.id()))
                                .build())
                .entity(
                        EvaluationJson.of(
                                evaluation, ReadinessJson.of(decisions.readiness(serial))))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("latest")
    public EvaluationJson latest(@PathParam("serial") String serial) {
        return EvaluationJson.of(
                evaluations.latest(serial), ReadinessJson.of(decisions.readiness(serial)));
    }
}
