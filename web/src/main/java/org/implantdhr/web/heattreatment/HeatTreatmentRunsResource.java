package org.implantdhr.web.heattreatment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.implantdhr.heattreatment.boundary.FurnaceCharts;
import org.implantdhr.heattreatment.boundary.HeatTreatmentRuns;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.web.platform.FileDownload;
import org.implantdhr.web.platform.Uploads;

/**
 * Heat-treatment runs with their load list, and the furnace chart of each: the file and every
 * sample.
 */
@Path("heat-treatment-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HeatTreatmentRunsResource {

    @EJB HeatTreatmentRuns runs;

    @EJB FurnaceCharts charts;

    @Inject Uploads uploads;

    @RolesAllowed(Role.OPERATOR_)
    @POST
    public Response record(@Valid @NotNull HeatTreatmentRunJson run, @Context UriInfo uri) {
        var recorded = runs.record(run.toData());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(recorded.run().runNumber()).build())
                .entity(HeatTreatmentRunJson.of(recorded))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<HeatTreatmentRunJson> all(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return runs.all(Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
                .map(HeatTreatmentRunJson::of)
                .toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{runNumber}")
    public HeatTreatmentRunJson get(@PathParam("runNumber") String runNumber) {
        return HeatTreatmentRunJson.of(runs.getLoaded(runNumber));
    }

    /**
     * The data logger's CSV export as the body; a second chart needs {@code reason} and supersedes
     * the first.
     */
    @RolesAllowed(Role.OPERATOR_)
    @POST
    @Path("{runNumber}/chart")
    @Consumes(MediaType.WILDCARD)
    public HeatTreatmentRunJson importChart(
            @PathParam("runNumber") String runNumber,
            @QueryParam("fileName") String fileName,
            @QueryParam("reason") String reason,
            InputStream body) {
        charts.importChart(runNumber, fileName, uploads.read(body), reason);
        return HeatTreatmentRunJson.of(runs.getLoaded(runNumber));
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{runNumber}/chart")
    @Produces(MediaType.WILDCARD)
    public Response chart(@PathParam("runNumber") String runNumber) {
        var file = charts.chartFile(runNumber);
        return FileDownload.answer(file.content(), file.mediaType(), file.fileName())
                .header("Digest", "sha-256=" + file.sha256())
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{runNumber}/samples")
    public FurnaceSamplesJson samples(@PathParam("runNumber") String runNumber) {
        return FurnaceSamplesJson.of(charts.trace(runNumber));
    }
}
