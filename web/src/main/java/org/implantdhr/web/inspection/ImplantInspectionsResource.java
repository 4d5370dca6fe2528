package org.implantdhr.web.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.inspection.boundary.DimensionalInspections;
import org.implantdhr.inspection.boundary.InspectionUpload;
import org.implantdhr.inspection.entity.ResultsFormat;
import org.implantdhr.platform.control.InvalidRequestException;
import org.implantdhr.web.platform.QueryParams;
import org.implantdhr.web.platform.Uploads;

/**
 * The dimensional inspections of one implant. Uploading one: the body is the instrument's results
 * file (CMM CSV export or QIF 3 Results XML) as it came from the instrument.
 */
@Path("implants/{serial}/inspections")
@Produces(MediaType.APPLICATION_JSON)
public class ImplantInspectionsResource {

    @EJB DimensionalInspections inspections;

    @Inject Uploads uploads;

    @RolesAllowed({Role.OPERATOR_, Role.QA_, Role.QA_MANAGER_})
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response record(
            @PathParam("serial") String serial,
            @QueryParam("instrument") String instrument,
            @QueryParam("format") String format,
            @QueryParam("fileName") String fileName,
            @QueryParam("fitSurfaceInTolerancePct") String fitSurfacePct,
            @QueryParam("inspectedAt") String inspectedAt,
            InputStream body,
            @Context UriInfo uri) {
        var upload =
                new InspectionUpload(
                        serial,
                        instrument,
                        format(format),
                        fileName,
                        uploads.read(body),
                        percent(fitSurfacePct),
                        QueryParams.instant("inspectedAt", inspectedAt));
        var recorded = inspections.record(upload);
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("inspections")
                                .path(String.valueOf(recorded.id()))
                                .build())
                .entity(InspectionJson.of(recorded))
                .build();
    }

    @RolesAllowed({Role.OPERATOR_, Role.ENGINEER_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    public List<InspectionJson> all(@PathParam("serial") String serial) {
        return inspections.ofImplant(serial).stream().map(InspectionJson::of).toList();
    }

    private static ResultsFormat format(String format) {
        if (format == null || format.isBlank()) {
            throw new InvalidRequestException(
                    "format", "The results format is required: format=CSV or format=QIF");
        }
        try {
            return ResultsFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "format", "'" + format + "' is not a results format; use CSV or QIF");
        }
    }

    private static BigDecimal percent(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    "fitSurfaceInTolerancePct", "'" + value + "' is not a percentage such as 99.5");
        }
    }
}
