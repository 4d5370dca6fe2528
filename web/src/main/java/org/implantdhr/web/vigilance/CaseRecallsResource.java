package org.implantdhr.web.vigilance;

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
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.recall.boundary.RecallRecord;
import org.implantdhr.vigilance.boundary.CaseRecalls;

/**
 * Recalls made from a vigilance case: {@code GET /api/vigilance/cases/{number}/recalls}, and {@code
 * POST} (a QA manager recalls a powder lot, build, heat-treatment run or separation-plate lot the
 * case's implant was made from, through the recall component: 201 with the recall, its address
 * under {@code /api/recalls/{id}}).
 */
@Path("vigilance/cases/{number}/recalls")
@Produces(MediaType.APPLICATION_JSON)
public class CaseRecallsResource {

    /** What is recalled (POWDER_LOT, BUILD, HEAT_TREATMENT_RUN, COMPONENT_LOT), its key, why. */
    public record CaseRecallJson(
            String kind, String key, String reason, String password, String zone) {}

    @EJB CaseRecalls recalls;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<RecallRecord> all(@PathParam("number") String number) {
        return recalls.ofCase(number);
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recall(
            @PathParam("number") String number,
            @Valid @NotNull CaseRecallJson r,
            @Context UriInfo uri) {
        if (r.password() == null || r.password().isEmpty()) {
            throw new InvalidRequestException("password", "Enter your password to sign");
        }
        RecallRecord made =
                recalls.recall(
                        number,
                        r.kind(),
                        r.key(),
                        r.reason(),
                        r.password().toCharArray(),
                        r.zone());
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("recalls")
                                .path(String.valueOf(made.id()))
                                .build())
                .entity(made)
                .build();
    }
}
