package org.implantdhr.web.build;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.implantdhr.build.boundary.Machines;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;

/** LPBF machines and who is qualified to run or program them. */
@Path("machines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MachinesResource {

    @EJB Machines machines;

    @RolesAllowed(Role.ENGINEER_)
    @POST
    public Response register(@Valid @NotNull MachineJson machine, @Context UriInfo uri) {
        var registered = machines.register(machine.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.assetId()).build())
                .entity(MachineJson.of(registered))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<MachineJson> all() {
        return machines.all().stream().map(MachineJson::of).toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{assetId}")
    public MachineJson get(@PathParam("assetId") String assetId) {
        return MachineJson.of(machines.get(assetId));
    }

    /** A correction: the body is the whole machine record as it should be, with the reason. */
    @RolesAllowed(Role.ENGINEER_)
    @PUT
    @Path("{assetId}")
    public MachineJson correct(
            @PathParam("assetId") String assetId, @Valid @NotNull MachineJson machine) {
        if (!assetId.equals(machine.assetId())) {
            throw new InvalidRequestException(
                    "assetId",
                    "The asset id of a machine cannot change; register the other machine");
        }
        return MachineJson.of(machines.correct(assetId, machine.toData(), machine.reason()));
    }

    @RolesAllowed(Role.ENGINEER_)
    @POST
    @Path("{assetId}/qualifications")
    public Response qualify(
            @PathParam("assetId") String assetId, @Valid @NotNull QualificationJson q) {
        var granted =
                machines.qualify(
                        assetId, q.username(), q.activity(), q.validFrom(), q.validUntil());
        return Response.status(Response.Status.CREATED)
                .entity(QualificationJson.of(granted, q.username()))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{assetId}/qualifications")
    public List<QualificationJson> qualifications(@PathParam("assetId") String assetId) {
        return machines.qualifications(assetId).stream()
                .map(q -> QualificationJson.of(q, machines.username(q.userId())))
                .toList();
    }
}
