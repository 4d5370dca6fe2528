package org.implantdhr.web.finishing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.implantdhr.finishing.boundary.ProcessOperations;
import org.implantdhr.identity.entity.Role;

/**
 * The finishing steps of each implant: record one, list those of an implant ({@code
 * ?implant=<serial>}).
 */
@Path("process-operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcessOperationsResource {

    @EJB ProcessOperations operations;

    @RolesAllowed(Role.OPERATOR_)
    @POST
    public Response record(@Valid @NotNull ProcessOperationJson operation) {
        return Response.status(Response.Status.CREATED)
                .entity(ProcessOperationJson.of(operations.record(operation.toData())))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<ProcessOperationJson> ofImplant(@QueryParam("implant") String serialNumber) {
        if (serialNumber == null || serialNumber.isBlank()) {
            throw new BadRequestException(
                    "Query parameter 'implant' (a serial number) is required");
        }
        return operations.ofImplant(serialNumber).stream().map(ProcessOperationJson::of).toList();
    }
}
