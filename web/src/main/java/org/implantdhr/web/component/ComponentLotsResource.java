package org.implantdhr.web.component;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.implantdhr.component.boundary.ComponentLots;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.web.platform.Uploads;

/**
 * Separation-plate lots, addressed by supplier, catalogue number and lot:
 * /component-lots/{s}/{c}/{l}.
 */
@Path("component-lots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComponentLotsResource {

    @EJB ComponentLots lots;

    @Inject Uploads uploads;

    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response receive(@Valid @NotNull ComponentLotJson lot) {
        return Response.status(Response.Status.CREATED)
                .entity(ComponentLotJson.of(lots.receive(lot.toData())))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<ComponentLotJson> all(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return lots.all(Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
                .map(ComponentLotJson::of)
                .toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{supplier}/{catalogueNumber}/{lotNumber}")
    public ComponentLotJson get(
            @PathParam("supplier") String supplier,
            @PathParam("catalogueNumber") String catalogueNumber,
            @PathParam("lotNumber") String lotNumber) {
        return ComponentLotJson.of(lots.get(supplier, catalogueNumber, lotNumber));
    }

    /** The certificate of conformance as the supplier sent it; the body is the file itself. */
    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{supplier}/{catalogueNumber}/{lotNumber}/certificate")
    @Consumes(MediaType.WILDCARD)
    public ComponentLotJson attachCertificate(
            @PathParam("supplier") String supplier,
            @PathParam("catalogueNumber") String catalogueNumber,
            @PathParam("lotNumber") String lotNumber,
            @QueryParam("fileName") String fileName,
            @QueryParam("reason") String reason,
            InputStream body) {
        return ComponentLotJson.of(
                lots.attachCertificate(
                        supplier,
                        catalogueNumber,
                        lotNumber,
                        fileName,
                        uploads.read(body),
                        reason));
    }
}
