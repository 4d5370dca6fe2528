package org.implantdhr.web.inspection;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.implantdhr.inspection.boundary.DimensionalInspections;

/** One dimensional inspection with its characteristics, and its results file as uploaded. */
@Path("inspections")
public class InspectionsResource {

    @EJB DimensionalInspections inspections;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public InspectionJson get(@PathParam("id") long id) {
        return InspectionJson.of(inspections.get(id));
    }

    @GET
    @Path("{id}/file")
    public Response file(@PathParam("id") long id) {
        var file = inspections.fileOf(id);
        return Response.ok(file.content(), file.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .build();
    }
}
