package org.implantdhr.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.implantdhr.fhir.boundary.FhirRecords;
import org.implantdhr.fhir.control.ImplantBundle;
import org.implantdhr.identity.entity.Role;

/**
 * FHIR R4 for hospital systems: {@code GET /api/fhir/Bundle/implant/{serial}}, one implant's
 * records as a collection Bundle in {@code application/fhir+json}. The Bundle is made on request
 * from the signed-off record, not stored: it has no logical id of its own to read it by, so it is
 * addressed by the serial printed on the implant card and in its QR code. Errors are problem+json
 * like every other answer of the API (the authorization check answers before this resource is
 * reached, in that form); a FHIR client reads the status.
 */
@Path("fhir")
public class FhirResource {

    /** A FHIR client asks for this; a plain JSON client gets the same document. */
    private static final String FHIR_JSON = ImplantBundle.MEDIA_TYPE;

    @EJB FhirRecords records;

    @RolesAllowed({Role.SURGEON_, Role.STUDY_STAFF_, Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Path("Bundle/implant/{serial}")
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response implantBundle(@PathParam("serial") String serial) {
        return Response.ok(records.implantBundle(serial), FHIR_JSON + ";charset=UTF-8").build();
    }
}
