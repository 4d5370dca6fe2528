package org.implantdhr.web.implant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.math.BigDecimal;
import java.util.List;
import org.implantdhr.casefile.boundary.CaseFiles;
import org.implantdhr.casefile.boundary.Designs;
import org.implantdhr.component.boundary.ComponentLots;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.implant.boundary.Implants;
import org.implantdhr.implant.entity.Implant;
import org.implantdhr.platform.control.Units;

/**
 * Serialised implants: register one for a case and design, fit its separation plate, record its
 * mass.
 */
@Path("implants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplantsResource {

    /** A new implant; the UDI-DI is required when the case is patient-matched. */
    public record RegistrationJson(
            @NotBlank @Size(max = 40) String serialNumber,
            @NotBlank @Size(max = 40) String caseNumber,
            @NotBlank @Size(max = 20) String designVersion,
            @Size(max = 60) String udiDi) {}

    /** The plate lot fitted; a reason when it replaces one already recorded. */
    public record ComponentJson(
            @NotBlank @Size(max = 200) String supplier,
            @NotBlank @Size(max = 60) String catalogueNumber,
            @NotBlank @Size(max = 40) String lotNumber,
            @Size(max = 2000) String reason) {}

    /**
     * The measured mass {"value": 41.2, "unit": "g"}; a reason when it corrects one already
     * recorded.
     */
    public record MassJson(
            @NotNull BigDecimal value,
            @Size(max = 16) String unit,
            @Size(max = 2000) String reason) {}

    @EJB Implants implants;

    @EJB Designs designs;

    @EJB CaseFiles caseFiles;

    @EJB ComponentLots componentLots;

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response register(@Valid @NotNull RegistrationJson registration, @Context UriInfo uri) {
        var origin =
                designs.origin(
                        registration.caseNumber(),
                        registration.designVersion(),
                        registration.udiDi());
        Implant implant =
                implants.register(
                        registration.serialNumber(),
                        origin.caseId(),
                        origin.designId(),
                        blankToNull(registration.udiDi()));
        return Response.created(uri.getAbsolutePathBuilder().path(implant.serialNumber()).build())
                .entity(json(implant))
                .build();
    }

    @RolesAllowed({
        Role.OPERATOR_,
        Role.ENGINEER_,
        Role.QA_,
        Role.QA_MANAGER_,
        Role.REGULATOR_,
        Role.SURGEON_
    })
    @GET
    public List<ImplantJson> all(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return implants.visible(Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
                .map(this::json)
                .toList();
    }

    @RolesAllowed({
        Role.OPERATOR_,
        Role.ENGINEER_,
        Role.QA_,
        Role.QA_MANAGER_,
        Role.REGULATOR_,
        Role.SURGEON_
    })
    @GET
    @Path("{serialNumber}")
    public ImplantJson get(@PathParam("serialNumber") String serialNumber) {
        return json(implants.getVisible(serialNumber));
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{serialNumber}/component")
    public ImplantJson fitComponent(
            @PathParam("serialNumber") String serialNumber,
            @Valid @NotNull ComponentJson component) {
        var lot =
                componentLots.referenced(
                        component.supplier(),
                        component.catalogueNumber(),
                        component.lotNumber(),
                        "lotNumber");
        return json(implants.fitComponent(serialNumber, lot.id(), component.reason()));
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{serialNumber}/mass")
    public ImplantJson weigh(
            @PathParam("serialNumber") String serialNumber, @Valid @NotNull MassJson mass) {
        return json(
                implants.weigh(
                        serialNumber,
                        Units.GRAM.convert(
                                new org.implantdhr.platform.control.Quantity(
                                        mass.value(), mass.unit()),
                                "measuredMass"),
                        mass.reason()));
    }

    private ImplantJson json(Implant implant) {
        return ImplantJson.of(
                implant,
                caseFiles.of(implant.caseId(), implant.designId()),
                componentLots.byId(implant.componentLotId()).orElse(null),
                implants.buildNumberOf(implant).orElse(null),
                implants.heatTreatmentRunNumberOf(implant).orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
