package org.implantdhr.web.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.implantdhr.casefile.boundary.Cases;
import org.implantdhr.casefile.boundary.ImagingStudies;
import org.implantdhr.casefile.entity.ImplantCase;
import org.implantdhr.identity.entity.Role;

/** Implant cases and their CT studies. A surgeon sees only their own cases. */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    @EJB Cases cases;

    @EJB ImagingStudies imaging;

    @RolesAllowed(Role.ENGINEER_)
    @POST
    public Response open(@Valid @NotNull CaseJson implantCase, @Context UriInfo uri) {
        ImplantCase opened = cases.open(implantCase.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(opened.caseNumber()).build())
                .entity(json(opened))
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
    public List<CaseJson> all(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return cases.all(Math.max(0, offset), Math.min(Math.max(1, limit), 1000)).stream()
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
    @Path("{caseNumber}")
    public CaseJson get(@PathParam("caseNumber") String caseNumber) {
        return json(cases.get(caseNumber));
    }

    @RolesAllowed(Role.ENGINEER_)
    @POST
    @Path("{caseNumber}/imaging")
    public Response recordImaging(
            @PathParam("caseNumber") String caseNumber, @Valid @NotNull ImagingStudyJson study) {
        return Response.status(Response.Status.CREATED)
                .entity(ImagingStudyJson.of(imaging.record(caseNumber, study.toData())))
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
    @Path("{caseNumber}/imaging")
    public List<ImagingStudyJson> imaging(@PathParam("caseNumber") String caseNumber) {
        return imaging.ofCase(caseNumber).stream().map(ImagingStudyJson::of).toList();
    }

    private CaseJson json(ImplantCase implantCase) {
        return CaseJson.of(implantCase, cases.surgeonUsername(implantCase));
    }
}
