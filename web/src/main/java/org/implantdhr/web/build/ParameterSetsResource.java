package org.implantdhr.web.build;

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
import org.implantdhr.build.boundary.ParameterSets;
import org.implantdhr.identity.entity.Role;

/** Versioned LPBF parameter sets: defined once per version, never edited. */
@Path("parameter-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParameterSetsResource {

    @EJB ParameterSets parameterSets;

    @RolesAllowed(Role.ENGINEER_)
    @POST
    public Response define(@Valid @NotNull ParameterSetJson set, @Context UriInfo uri) {
        var defined = parameterSets.define(set.toData());
        return Response.created(
                        uri.getAbsolutePathBuilder()
                                .path(defined.name())
                                .path(defined.setVersion())
                                .build())
                .entity(ParameterSetJson.of(defined))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<ParameterSetJson> all() {
        return parameterSets.all().stream().map(ParameterSetJson::of).toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{name}/{version}")
    public ParameterSetJson get(
            @PathParam("name") String name, @PathParam("version") String version) {
        return ParameterSetJson.of(parameterSets.get(name, version));
    }
}
