package org.implantdhr.web.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.implantdhr.certificate.boundary.ArchiveTimestamps;
import org.implantdhr.certificate.boundary.Certificates;
import org.implantdhr.certificate.boundary.ImplantVerification;
import org.implantdhr.certificate.boundary.RenewedVersion;
import org.implantdhr.certificate.boundary.Revocations;
import org.implantdhr.certificate.boundary.RevokedCertificate;
import org.implantdhr.identity.entity.Role;

/**
 * The signed release certificate of an implant, for logged-in users (a surgeon only for their own
 * cases), and its revocation by a QA manager: {@code POST /api/certificates/{serial}/revocation}
 * with the reason and the password.
 */
@Path("certificates")
public class CertificatesResource {

    /**
     * Why the certificate is withdrawn, the password re-entered, and the zone the signing time is
     * shown in.
     */
    public record RevocationJson(String reason, @NotBlank String password, String zone) {}

    /** Why the archive timestamp is renewed now rather than on schedule. */
    public record RenewalJson(@NotBlank String reason) {}

    @EJB Certificates certificates;

    @EJB ArchiveTimestamps archiveTimestamps;

    @EJB Revocations revocations;

    @RolesAllowed(Role.QA_MANAGER_)
    @POST
    @Path("{serialNumber}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RevokedCertificate revoke(
            @PathParam("serialNumber") String serialNumber,
            @Valid @NotNull RevocationJson revocation) {
        return revocations.revoke(
                serialNumber,
                revocation.reason(),
                revocation.password().toCharArray(),
                revocation.zone());
    }

    /**
     * An administrator renews the archive timestamp (PAdES B-LTA) of the implant's latest
     * certificate now: a new version with a new document timestamp, its own SHA-256, audited with
     * the reason. 409 without a timestamp authority.
     */
    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("{serialNumber}/archive-renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RenewedVersion renewArchiveTimestamp(
            @PathParam("serialNumber") String serialNumber, @Valid @NotNull RenewalJson renewal) {
        return archiveTimestamps.renewNow(serialNumber, renewal.reason());
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
    @Path("{serialNumber}")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("serialNumber") String serialNumber) {
        var certificate = certificates.pdf(serialNumber);
        return Response.ok(certificate.pdf(), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\""
                                + certificate.certificateNumber().replaceAll("[^A-Za-z0-9._-]", "_")
                                + ".pdf\"")
                .header("Digest", "sha-256=" + certificate.sha256())
                .header("X-Certificate-Status", certificate.status().name())
                .build();
    }

    /**
     * The verification of {@code GET /verify/{serial}} as a signed-in person gets it: with the
     * patient pseudonym and the reason of a revocation (a surgeon for their own cases only).
     */
    @RolesAllowed({
        Role.OPERATOR_,
        Role.ENGINEER_,
        Role.QA_,
        Role.QA_MANAGER_,
        Role.REGULATOR_,
        Role.SURGEON_,
        Role.ADMIN_
    })
    @GET
    @Path("{serialNumber}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public ImplantVerification status(@PathParam("serialNumber") String serialNumber) {
        return certificates.verify(serialNumber);
    }
}
