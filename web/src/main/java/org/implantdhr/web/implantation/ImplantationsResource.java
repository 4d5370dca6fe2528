package org.implantdhr.web.implantation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.component.boundary.ComponentLots;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.implantation.boundary.ExplantRecord;
import org.implantdhr.implantation.boundary.Implantations;
import org.implantdhr.implantation.entity.ExplantKind;
import org.implantdhr.implantation.entity.ExplantReason;
import org.implantdhr.implantation.entity.Implantation;

/**
 * The operation, the discharge and the explant or revision of an implant, addressed by its serial:
 * /implantations/{serial}. Surgeons and study staff record for their patients; QA, QA managers and
 * regulators read.
 */
@Path("implantations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplantationsResource {

    /** The discharge date, and a reason when it corrects one recorded. */
    public record Discharge(@NotNull LocalDate dischargeDate, @Size(max = 2000) String reason) {}

    /** An explant or revision. */
    public record Explant(
            @NotNull ExplantKind kind,
            @NotNull LocalDate explantedOn,
            @NotNull ExplantReason reason,
            @Size(max = 2000) String reasonText,
            Boolean deviceReturned,
            @Size(max = 4000) String retrievalFindings) {}

    /** Retrieval analysis findings reported after the explant. */
    public record Findings(
            @NotNull @Size(max = 4000) String retrievalFindings, @Size(max = 2000) String reason) {}

    @EJB Implantations implantations;

    @EJB ComponentLots lots;

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @POST
    public Response implant(@Valid @NotNull OperationJson operation, @Context UriInfo uri) {
        Implantation implantation = implantations.implant(operation.toRecord());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(implantation.serialNumber()).build())
                .entity(json(implantation))
                .build();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<ImplantationJson> visible(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return implantations
                .visible(Math.max(0, offset), Math.min(Math.max(1, limit), 1000))
                .stream()
                .map(this::json)
                .toList();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{serial}")
    public ImplantationJson get(@PathParam("serial") String serial) {
        return json(implantations.get(serial));
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @POST
    @Path("{serial}/discharge")
    public ImplantationJson discharge(
            @PathParam("serial") String serial, @Valid @NotNull Discharge discharge) {
        return json(implantations.discharge(serial, discharge.dischargeDate(), discharge.reason()));
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @POST
    @Path("{serial}/explantation")
    public Response explant(@PathParam("serial") String serial, @Valid @NotNull Explant e) {
        implantations.explant(
                serial,
                new ExplantRecord(
                        e.kind(),
                        e.explantedOn(),
                        e.reason(),
                        e.reasonText(),
                        e.deviceReturned(),
                        e.retrievalFindings()));
        return Response.status(Response.Status.CREATED)
                .entity(json(implantations.get(serial)))
                .build();
    }

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_})
    @POST
    @Path("{serial}/explantation/findings")
    public ImplantationJson reportFindings(
            @PathParam("serial") String serial, @Valid @NotNull Findings findings) {
        implantations.reportFindings(serial, findings.retrievalFindings(), findings.reason());
        return json(implantations.get(serial));
    }

    private ImplantationJson json(Implantation i) {
        return ImplantationJson.of(
                i,
                lots.byId(i.plateLotId()).orElse(null),
                implantations.explantationOf(i).orElse(null));
    }
}
