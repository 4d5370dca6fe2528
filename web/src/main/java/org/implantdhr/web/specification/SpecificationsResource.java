package org.implantdhr.web.specification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.specification.boundary.DraftData;
import org.implantdhr.specification.boundary.Specifications;
import org.implantdhr.web.platform.QueryParams;

/**
 * Release specifications: read every version, the one in force on a day, two versions side by side;
 * a QA manager prepares a draft from an existing version, changes its limits and approves it with
 * an e-signature.
 */
@Path("specifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecificationsResource {

    /**
     * A new version copied from {@code baseVersion} (of {@code baseCode}, by default the same
     * code).
     */
    public record DraftJson(
            String baseCode,
            @NotBlank String baseVersion,
            @NotBlank String version,
            @NotNull LocalDate effectiveFrom,
            @NotBlank String rationale,
            List<JsonObject> changes) {}

    /**
     * Limit changes of a draft (see {@link LimitChangeJson}), optionally a new effective date, and
     * why.
     */
    public record RevisionJson(
            List<JsonObject> changes, LocalDate effectiveFrom, @NotBlank String reason) {}

    /** The approver's password, re-entered, and the zone to show the time of signing in. */
    public record ApprovalJson(String password, String zone) {}

    @EJB Specifications specifications;

    /** Every version, or with {@code ?code=} those of one code; without limits. */
    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<SpecificationJson> all(@QueryParam("code") String code) {
        var found =
                code == null || code.isBlank()
                        ? specifications.all()
                        : specifications.ofCode(code.strip());
        return found.stream().map(SpecificationJson::summary).toList();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("compare")
    public ComparisonJson compare(
            @QueryParam("code") String code, @QueryParam("a") String a, @QueryParam("b") String b) {
        if (code == null || a == null || b == null) {
            throw new BadRequestException("Query parameters 'code', 'a' and 'b' are required");
        }
        return ComparisonJson.of(specifications.compare(code, a, b));
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{code}/effective")
    public SpecificationJson effective(
            @PathParam("code") String code, @QueryParam("on") String on) {
        LocalDate date = QueryParams.date("on", on);
        if (date == null) {
            throw new BadRequestException(
                    "Query parameter 'on' is required, a date like 2026-11-26");
        }
        return SpecificationJson.of(specifications.effectiveOn(code, date));
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("{code}/{version}")
    public SpecificationJson get(
            @PathParam("code") String code, @PathParam("version") String version) {
        return SpecificationJson.of(specifications.get(code, version));
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Path("{code}/drafts")
    public Response createDraft(
            @PathParam("code") String code, @Valid @NotNull DraftJson draft, @Context UriInfo uri) {
        var created =
                specifications.createDraft(
                        code,
                        new DraftData(
                                draft.baseCode(),
                                draft.baseVersion(),
                                draft.version(),
                                draft.effectiveFrom(),
                                draft.rationale(),
                                LimitChangeJson.of(draft.changes())));
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path(SpecificationsResource.class)
                                .path(created.code())
                                .path(created.version())
                                .build())
                .entity(SpecificationJson.of(created))
                .build();
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @PUT
    @Path("{code}/{version}/limits")
    public SpecificationJson revise(
            @PathParam("code") String code,
            @PathParam("version") String version,
            @Valid @NotNull RevisionJson revision) {
        return SpecificationJson.of(
                specifications.revise(
                        code,
                        version,
                        revision.effectiveFrom(),
                        LimitChangeJson.of(revision.changes()),
                        revision.reason()));
    }

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Path("{code}/{version}/approval")
    public SpecificationJson approve(
            @PathParam("code") String code,
            @PathParam("version") String version,
            @NotNull ApprovalJson approval) {
        char[] password =
                approval.password() == null ? new char[0] : approval.password().toCharArray();
        return SpecificationJson.of(
                specifications.approve(code, version, password, approval.zone()));
    }
}
