package org.implantdhr.web.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.inspection.boundary.DimensionalInspections;
import org.implantdhr.web.platform.FileDownload;

/** One dimensional inspection with its characteristics, and its results file as uploaded. */
@Path("inspections")
public class InspectionsResource {

    @EJB DimensionalInspections inspections;

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public InspectionJson get(@PathParam("id") long id) {
        return InspectionJson.of(inspections.get(id));
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{id}/file")
    public Response file(@PathParam("id") long id) {
        var file = inspections.fileOf(id);
        return FileDownload.answer(file.content(), file.mediaType(), file.fileName()).build();
    }
}
