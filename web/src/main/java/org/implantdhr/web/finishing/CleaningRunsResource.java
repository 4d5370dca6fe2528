package org.implantdhr.web.finishing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.implantdhr.finishing.boundary.CleaningRuns;
import org.implantdhr.identity.entity.Role;

/** Cleaning runs and the cleanliness results of the implants in each. */
@Path("cleaning-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CleaningRunsResource {

    @EJB CleaningRuns runs;

    @RolesAllowed(Role.OPERATOR_)
    @POST
    public Response record(@Valid @NotNull CleaningRunJson run, @Context UriInfo uri) {
        var recorded = runs.record(run.toData());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(recorded.run().runNumber()).build())
                .entity(CleaningRunJson.of(recorded))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{runNumber}")
    public CleaningRunJson get(@PathParam("runNumber") String runNumber) {
        return CleaningRunJson.of(runs.getRecorded(runNumber));
    }

    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{runNumber}/results")
    public Response recordResult(
            @PathParam("runNumber") String runNumber, @Valid @NotNull CleanlinessJson result) {
        return Response.status(Response.Status.CREATED)
                .entity(CleaningRunJson.of(runs.recordResult(runNumber, result.toData())))
                .build();
    }
}
