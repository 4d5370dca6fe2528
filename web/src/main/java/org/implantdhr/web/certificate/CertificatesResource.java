package org.implantdhr.web.certificate;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.implantdhr.certificate.boundary.Certificates;

/** The signed release certificate of an implant, for logged-in users (a surgeon only for their own cases). */
@Path("certificates")
public class CertificatesResource {

    @EJB
    Certificates certificates;

    @GET
    @Path("{serialNumber}")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("serialNumber") String serialNumber) {
        var certificate = certificates.pdf(serialNumber);
        return Response.ok(certificate.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\""
                        + certificate.certificateNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"")
                .header("Digest", "sha-256=" + certificate.sha256())
                .header("X-Certificate-Status", certificate.status().name())
                .build();
    }
}
