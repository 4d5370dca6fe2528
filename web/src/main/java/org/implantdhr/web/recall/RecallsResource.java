package org.implantdhr.web.recall;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.recall.boundary.RecallRecord;
import org.implantdhr.recall.boundary.Recalls;
import org.implantdhr.recall.entity.RecallOrigin;

/**
 * Recalls: {@code POST /api/recalls} (QA manager) revokes every certificate the forward trace of a
 * powder lot, separation-plate lot, build or heat-treatment run reaches, and answers 201 with the
 * affected implants; {@code GET /api/recalls} and {@code GET /api/recalls/{id}} show them.
 */
@Path("recalls")
@Produces(MediaType.APPLICATION_JSON)
public class RecallsResource {

    /**
     * What is recalled: kind POWDER_LOT, COMPONENT_LOT, BUILD or HEAT_TREATMENT_RUN (or powder-lot,
     * ...), its number, why, the password re-entered and the zone the signing time is shown in.
     */
    public record RecallJson(
            @NotBlank String kind,
            @NotBlank String key,
            String reason,
            @NotBlank String password,
            String zone) {}

    @EJB Recalls recalls;

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recall(@Valid @NotNull RecallJson recall, @Context UriInfo uri) {
        RecallRecord made =
                recalls.recall(
                        origin(recall.kind()),
                        recall.key(),
                        recall.reason(),
                        recall.password().toCharArray(),
                        recall.zone());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(made.id())).build())
                .entity(made)
                .build();
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<RecallRecord> all(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new InvalidRequestException("limit", "offset ≥ 0 and 1 ≤ limit ≤ 1000");
        }
        return recalls.all(offset, limit);
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{id}")
    public RecallRecord get(@PathParam("id") long id) {
        return recalls.get(id);
    }

    private static RecallOrigin origin(String kind) {
        try {
            return RecallOrigin.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "kind",
                    "'"
                            + kind
                            + "' cannot be recalled; use one of "
                            + Arrays.toString(RecallOrigin.values()));
        }
    }
}
