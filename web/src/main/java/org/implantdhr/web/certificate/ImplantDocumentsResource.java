package org.implantdhr.web.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.implantdhr.certificate.boundary.ImplantDocuments;
import org.implantdhr.certificate.boundary.PatientDocument;
import org.implantdhr.identity.entity.Role;

/**
 * The MDR Article 18 implant card and the Annex XIII statement (custom-made devices) of a released
 * implant, as PDF/A-3b. 404 for an unknown serial, 409 while the implant is not released or, for
 * the statement, when the device is not custom-made; a surgeon gets those of their own cases only.
 *
 * <p>The class path names both documents so that it matches nothing else: a class path of just
 * "implants/{serial}" would, by the JAX-RS matching rules, take GET /implants/{serial} from
 * ImplantsResource.
 */
@Path("implants/{serial}/{document: implant-card|annex-xiii-statement}")
public class ImplantDocumentsResource {

    @EJB ImplantDocuments documents;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.SURGEON_})
    @GET
    @Produces({"application/pdf", "application/problem+json"})
    public Response document(
            @PathParam("serial") String serial, @PathParam("document") String document) {
        return pdf(
                document.equals("implant-card")
                        ? documents.implantCard(serial)
                        : documents.annexXiiiStatement(serial));
    }

    private static Response pdf(PatientDocument document) {
        return Response.ok(document.pdf(), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\""
                                + document.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
                                + "\"")
                .header("Digest", "sha-256=" + document.sha256())
                .header("X-Template-Version", document.templateVersion())
                .build();
    }
}
