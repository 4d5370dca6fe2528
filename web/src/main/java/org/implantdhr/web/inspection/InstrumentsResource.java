package org.implantdhr.web.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.inspection.boundary.Instruments;
import org.implantdhr.inspection.entity.Instrument;

/** Measuring instruments: register one, read them, record a new calibration. */
@Path("instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    /** An instrument: its code, its type (CMM, 3D scanner, …) and when its calibration runs out. */
    public record InstrumentJson(
            @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 60) String type,
            @NotNull LocalDate calibrationDue) {
        static InstrumentJson of(Instrument i) {
            return new InstrumentJson(i.code(), i.type(), i.calibrationDue());
        }
    }

    /** A new calibration: the new due date and why. */
    public record CalibrationJson(
            @NotNull LocalDate calibrationDue, @NotBlank @Size(max = 2000) String reason) {}

    @EJB Instruments instruments;

    @RolesAllowed({Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response register(@Valid @NotNull InstrumentJson instrument, @Context UriInfo uri) {
        var registered =
                instruments.register(
                        instrument.code(), instrument.type(), instrument.calibrationDue());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.code()).build())
                .entity(InstrumentJson.of(registered))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<InstrumentJson> all() {
        return instruments.all().stream().map(InstrumentJson::of).toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{code}")
    public InstrumentJson get(@PathParam("code") String code) {
        return InstrumentJson.of(instruments.get(code));
    }

    @RolesAllowed({Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_})
    @PUT
    @Path("{code}/calibration")
    public InstrumentJson recalibrate(
            @PathParam("code") String code, @Valid @NotNull CalibrationJson calibration) {
        return InstrumentJson.of(
                instruments.recalibrate(code, calibration.calibrationDue(), calibration.reason()));
    }
}
