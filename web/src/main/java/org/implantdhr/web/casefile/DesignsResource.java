package org.implantdhr.web.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.implantdhr.casefile.boundary.DesignApprovals;
import org.implantdhr.casefile.boundary.Designs;
import org.implantdhr.casefile.control.DesignUnit;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.platform.control.Quantity;
import org.implantdhr.platform.control.Units;
import org.implantdhr.web.platform.FileDownload;
import org.implantdhr.web.platform.Uploads;

/**
 * Design versions of a case: the STL uploaded as produced (the body is the file), its measures, its
 * download, and its approval by e-signature.
 */
@Path("cases/{caseNumber}/designs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DesignsResource {

    /** Password re-entered for the signature, and the zone its time is shown in. */
    public record ApprovalJson(
            @NotBlank @Size(max = 1000) String password, @Size(max = 64) String zone) {}

    /** A minimum wall from CAD analysis; changing a recorded one needs a reason. */
    public record MinWallJson(@NotNull Quantity minWall, @Size(max = 2000) String reason) {}

    @EJB Designs designs;

    @EJB DesignApprovals approvals;

    @Inject Uploads uploads;

    @RolesAllowed(Role.ENGINEER_)
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(
            @PathParam("caseNumber") String caseNumber,
            @QueryParam("version") String version,
            @QueryParam("unit") String unit,
            @QueryParam("fileName") String fileName,
            @QueryParam("minWall") String minWall,
            @QueryParam("minWallUnit") String minWallUnit,
            InputStream body,
            @Context UriInfo uri) {
        var design =
                designs.upload(
                        caseNumber,
                        version,
                        unit(unit),
                        fileName,
                        uploads.read(body),
                        Units.MILLIMETRE.convert(
                                minWall == null
                                        ? null
                                        : new Quantity(decimal("minWall", minWall), minWallUnit),
                                "minWall"));
        return Response.created(uri.getAbsolutePathBuilder().path(design.designVersion()).build())
                .entity(DesignJson.of(design))
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
    public List<DesignJson> ofCase(@PathParam("caseNumber") String caseNumber) {
        return designs.ofCase(caseNumber).stream().map(DesignJson::of).toList();
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
    @Path("{version}")
    public DesignJson get(
            @PathParam("caseNumber") String caseNumber, @PathParam("version") String version) {
        return DesignJson.of(designs.get(caseNumber, version));
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
    @Path("{version}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(
            @PathParam("caseNumber") String caseNumber, @PathParam("version") String version) {
        var file = designs.file(caseNumber, version);
        return FileDownload.answer(file.content(), file.mediaType(), file.fileName())
                .header(
                        "Digest",
                        "sha-256="
                                + java.util.Base64.getEncoder()
                                        .encodeToString(
                                                java.util.HexFormat.of().parseHex(file.sha256())))
                .build();
    }

    @RolesAllowed(Role.ENGINEER_)
    @PUT
    @Path("{version}/min-wall")
    public DesignJson recordMinWall(
            @PathParam("caseNumber") String caseNumber,
            @PathParam("version") String version,
            @Valid @NotNull MinWallJson body) {
        return DesignJson.of(
                designs.recordMinWall(
                        caseNumber,
                        version,
                        Units.MILLIMETRE.convert(body.minWall(), "minWall"),
                        body.reason()));
    }

    @RolesAllowed({Role.ENGINEER_, Role.SURGEON_})
    @POST
    @Path("{version}/approvals")
    public Response approve(
            @PathParam("caseNumber") String caseNumber,
            @PathParam("version") String version,
            @Valid @NotNull ApprovalJson approval) {
        var approved =
                approvals.approve(
                        caseNumber, version, approval.password().toCharArray(), approval.zone());
        return Response.status(Response.Status.CREATED)
                .entity(DesignJson.Approval.of(approved))
                .build();
    }

    private static DesignUnit unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return Arrays.stream(DesignUnit.values())
                .filter(u -> u.name().equals(unit))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidRequestException(
                                        "unit",
                                        "'"
                                                + unit
                                                + "' is not a design unit; use "
                                                + Arrays.toString(DesignUnit.values())));
    }

    private static BigDecimal decimal(String name, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(
                    "Query parameter '" + name + "' must be a decimal number, not '" + value + "'");
        }
    }
}
