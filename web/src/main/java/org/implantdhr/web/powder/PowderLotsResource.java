package org.implantdhr.web.powder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.implantdhr.identity.entity.Role;
import org.implantdhr.powder.boundary.PowderLots;
import org.implantdhr.web.platform.Uploads;

/** Powder lots: receive one, read it, correct it with a reason, attach its supplier certificate. */
@Path("powder-lots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PowderLotsResource {

    @EJB PowderLots lots;

    @Inject Uploads uploads;

    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response receive(@Valid @NotNull PowderLotJson lot, @Context UriInfo uri) {
        var received = lots.receive(lot.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(received.lotNumber()).build())
                .entity(PowderLotJson.of(received))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<PowderLotJson> all(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return lots.all(Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
                .map(PowderLotJson::of)
                .toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{lotNumber}")
    public PowderLotJson get(@PathParam("lotNumber") String lotNumber) {
        return PowderLotJson.of(lots.get(lotNumber));
    }

    /**
     * A correction of recorded evidence: the body is the whole lot as it should be, with the
     * reason.
     */
    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @PUT
    @Path("{lotNumber}")
    public PowderLotJson correct(
            @PathParam("lotNumber") String lotNumber, @Valid @NotNull PowderLotJson lot) {
        return PowderLotJson.of(lots.correct(lotNumber, lot.toData(), lot.reason()));
    }

    /**
     * The certificate document as the supplier sent it (PDF or scan); the body is the file itself.
     */
    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{lotNumber}/certificate")
    @Consumes(MediaType.WILDCARD)
    public PowderLotJson attachCertificate(
            @PathParam("lotNumber") String lotNumber,
            @QueryParam("fileName") String fileName,
            @QueryParam("reason") String reason,
            InputStream body) {
        return PowderLotJson.of(
                lots.attachCertificate(lotNumber, fileName, uploads.read(body), reason));
    }
}
