package org.implantdhr.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.implantdhr.audit.boundary.AuditCheckpoints;
import org.implantdhr.audit.entity.AuditCheckpoint;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.InvalidRequestException;

/**
 * Signed checkpoints of the audit chain. {@code POST /api/audit/checkpoints} signs one now (QA
 * manager, regulator); {@code GET /api/audit/checkpoints/{id}} downloads it as a checkpoint file —
 * the signed statement (JSON text, exactly as signed) and its detached CMS signature (base64, DER);
 * {@code POST /api/audit/checkpoints/verification} with that file checks it and the chain up to it.
 */
@Path("audit/checkpoints")
@Produces(MediaType.APPLICATION_JSON)
public class AuditCheckpointsResource {

    /** A checkpoint as listed. */
    public record Summary(long id, long seq, String entryHash, Instant signedAt, String signedBy) {
        static Summary of(AuditCheckpoint c) {
            return new Summary(c.id(), c.seq(), c.entryHash(), c.signedAt(), c.signedBy());
        }
    }

    /** The checkpoint file: what a regulator keeps, and uploads again to check it. */
    public record CheckpointFile(String statement, String signature) {
        static CheckpointFile of(AuditCheckpoint c) {
            return new CheckpointFile(
                    c.statement(), Base64.getEncoder().encodeToString(c.signature()));
        }
    }

    @EJB AuditCheckpoints checkpoints;

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    public List<Summary> newest(@QueryParam("limit") @DefaultValue("20") int limit) {
        return checkpoints.newest(Math.min(Math.max(1, limit), 200)).stream()
                .map(Summary::of)
                .toList();
    }

    @RolesAllowed({Role.QA_MANAGER_, Role.REGULATOR_})
    @POST
    public Response sign() {
        AuditCheckpoint signed = checkpoints.sign();
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/audit/checkpoints/" + signed.id())
                .entity(CheckpointFile.of(signed))
                .build();
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long id) {
        AuditCheckpoint checkpoint = checkpoints.get(id);
        return Response.ok(CheckpointFile.of(checkpoint))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"audit-checkpoint-" + checkpoint.seq() + ".json\"")
                .build();
    }

    @RolesAllowed({Role.QA_, Role.QA_MANAGER_, Role.REGULATOR_, Role.ADMIN_})
    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuditCheckpoints.CheckpointVerification verify(CheckpointFile file) {
        return verify(checkpoints, file);
    }

    static AuditCheckpoints.CheckpointVerification verify(
            AuditCheckpoints checkpoints, CheckpointFile file) {
        if (file == null || file.statement() == null || file.signature() == null) {
            throw new InvalidRequestException(
                    "checkpoint", "Send the checkpoint file: its statement and its signature");
        }
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(file.signature());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("signature", "The signature is not base64");
        }
        return checkpoints.verify(file.statement(), signature);
    }
}
