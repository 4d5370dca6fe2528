package org.implantdhr.web.nonconformance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.nonconformance.boundary.NonconformanceRecord;
import org.implantdhr.nonconformance.boundary.Nonconformances;
import org.implantdhr.nonconformance.entity.Disposition;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * Nonconformance reports: open one, list an implant's or every open one (the QA work queue), and
 * close one with a disposition. USE_AS_IS is signed by a QA manager, who re-enters the password.
 */
@Path("nonconformances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NonconformancesResource {

    /** What is found wrong, on which implant, and (optionally) which release check it fails. */
    public record OpeningJson(
            @NotBlank @Size(max = 40) String implantSerial,
            @Size(max = 40) String checkId,
            @NotBlank @Size(max = 2000) String description) {}

    /**
     * The disposition; for USE_AS_IS also the justification, the password and the zone to show the
     * time in.
     */
    public record DispositionJson(
            @NotBlank @Size(max = 12) String disposition,
            @Size(max = 2000) String justification,
            @Size(max = 1000) String password,
            @Size(max = 64) String zone) {}

    @EJB Nonconformances nonconformances;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_})
    @POST
    public Response open(@Valid @NotNull OpeningJson opening, @Context UriInfo uri) {
        var opened =
                nonconformances.open(
                        opening.implantSerial(), opening.checkId(), opening.description());
        return Response.created(uri.getAbsolutePathBuilder().path(opened.number()).build())
                .entity(NonconformanceJson.of(opened))
                .build();
    }

    /** With {@code ?implant=SERIAL} every report on that implant; without, every open report. */
    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<NonconformanceJson> list(@QueryParam("implant") String implantSerial) {
        List<NonconformanceRecord> found =
                implantSerial == null || implantSerial.isBlank()
                        ? nonconformances.openOnes()
                        : nonconformances.ofImplant(implantSerial);
        return found.stream().map(NonconformanceJson::of).toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{number}")
    public NonconformanceJson get(@PathParam("number") String number) {
        return NonconformanceJson.of(nonconformances.get(number));
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_})
    @POST
    @Path("{number}/disposition")
    public NonconformanceJson dispose(
            @PathParam("number") String number, @Valid @NotNull DispositionJson decision) {
        Disposition disposition = disposition(decision.disposition());
        if (disposition == Disposition.USE_AS_IS) {
            char[] password =
                    decision.password() == null ? new char[0] : decision.password().toCharArray();
            return NonconformanceJson.of(
                    nonconformances.concede(
                            number, decision.justification(), password, decision.zone()));
        }
        return NonconformanceJson.of(
                nonconformances.dispose(number, disposition, decision.justification()));
    }

    private static Disposition disposition(String value) {
        try {
            return Disposition.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "disposition",
                    "'" + value + "' is not a disposition; use REWORK, SCRAP or USE_AS_IS");
        }
    }
}
