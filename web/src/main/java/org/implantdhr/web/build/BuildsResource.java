package org.implantdhr.web.build;

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
import org.implantdhr.build.boundary.BuildLogs;
import org.implantdhr.build.boundary.Builds;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.web.platform.FileDownload;
import org.implantdhr.web.platform.Uploads;

/**
 * LPBF builds: set up, their machine log imported and read back, the events it reports
 * dispositioned.
 */
@Path("builds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BuildsResource {

    @EJB Builds builds;

    @EJB BuildLogs logs;

    @Inject Uploads uploads;

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_})
    @POST
    public Response record(@Valid @NotNull BuildJson build, @Context UriInfo uri) {
        var recorded = builds.record(build.toPlan());
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.buildNumber()).build())
                .entity(BuildJson.of(builds.summary(recorded.buildNumber())))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<BuildJson> all(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return builds.summaries(Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
                .map(BuildJson::of)
                .toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{buildNumber}")
    public BuildJson get(@PathParam("buildNumber") String buildNumber) {
        return BuildJson.of(builds.summary(buildNumber));
    }

    /**
     * The machine's layer log (CSV, see BuildLogParser) as the body. A second log for the same
     * build supersedes the first only with a {@code reason}.
     */
    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_})
    @POST
    @Path("{buildNumber}/log")
    @Consumes(MediaType.WILDCARD)
    public BuildJson importLog(
            @PathParam("buildNumber") String buildNumber,
            @QueryParam("fileName") String fileName,
            @QueryParam("reason") String reason,
            InputStream body) {
        logs.importLog(buildNumber, fileName, uploads.read(body), reason);
        return BuildJson.of(builds.summary(buildNumber));
    }

    /** The log exactly as it was uploaded. */
    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{buildNumber}/log")
    @Produces(MediaType.WILDCARD)
    public Response log(@PathParam("buildNumber") String buildNumber) {
        var file = builds.logFile(buildNumber);
        return FileDownload.answer(file.content(), file.mediaType(), file.fileName())
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{buildNumber}/layers")
    public LayersJson layers(@PathParam("buildNumber") String buildNumber) {
        return LayersJson.of(buildNumber, builds.layers(buildNumber));
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{buildNumber}/events")
    public List<EventJson> events(@PathParam("buildNumber") String buildNumber) {
        return logs.events(buildNumber).stream().map(EventJson::of).toList();
    }

    @RolesAllowed(Role.ENGINEER_)
    @POST
    @Path("{buildNumber}/events/{eventId}/disposition")
    public EventJson dispose(
            @PathParam("buildNumber") String buildNumber,
            @PathParam("eventId") long eventId,
            @Valid @NotNull EventJson.Disposition disposition) {
        return EventJson.of(
                logs.dispose(
                        buildNumber, eventId, disposition.disposition(), disposition.reason()));
    }
}
