package org.implantdhr.web.heattreatment;

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
import java.util.List;
import org.implantdhr.heattreatment.boundary.Furnaces;
import org.implantdhr.identity.entity.Role;

/**
 * The furnaces: qualified by process engineering, read by everyone who works with heat-treatment
 * records.
 */
@Path("furnaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FurnacesResource {

    @EJB Furnaces furnaces;

    @RolesAllowed(Role.ENGINEER_)
    @POST
    public Response qualify(@Valid @NotNull FurnaceJson furnace, @Context UriInfo uri) {
        var qualified =
                furnaces.qualify(
                        furnace.furnaceCode(),
                        furnace.ams2750Class(),
                        furnace.uniformitySurveyDue(),
                        furnace.systemAccuracyDue());
        return Response.created(uri.getAbsolutePathBuilder().path(qualified.furnaceCode()).build())
                .entity(FurnaceJson.of(qualified))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<FurnaceJson> all() {
        return furnaces.all().stream().map(FurnaceJson::of).toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{furnaceCode}")
    public FurnaceJson get(@PathParam("furnaceCode") String furnaceCode) {
        return FurnaceJson.of(furnaces.get(furnaceCode));
    }
}
