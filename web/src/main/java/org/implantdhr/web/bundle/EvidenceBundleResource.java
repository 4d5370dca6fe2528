package org.implantdhr.web.bundle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.implantdhr.bundle.boundary.EvidenceBundles;
import org.implantdhr.identity.entity.Role;

/**
 * GET /api/implants/{serial}/evidence-bundle: the evidence bundle of a decided implant as one ZIP,
 * streamed (see {@link EvidenceBundles}). 404 for an unknown serial, 409 while the implant is
 * undecided, 403 for a role that does not read quality records — all answered before the first byte
 * of the archive.
 */
@Path("implants/{serial}/evidence-bundle")
public class EvidenceBundleResource {

    @EJB EvidenceBundles bundles;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_})
    @GET
    @Produces({EvidenceBundles.MEDIA_TYPE, "application/problem+json"})
    public Response bundle(@PathParam("serial") String serial) {
        String fileName = bundles.open(serial);
        StreamingOutput zip = out -> bundles.write(serial, out);
        return Response.ok(zip, EvidenceBundles.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
