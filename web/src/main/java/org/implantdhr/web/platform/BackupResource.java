package org.implantdhr.web.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.boundary.DatabaseBackup;

/**
 * {@code GET /api/backup} (ADMIN): an online backup of the embedded database as a ZIP, taken while
 * the server runs; restored as the README says. On PostgreSQL: 409, use pg_dump.
 */
@Path("backup")
public class BackupResource {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @EJB DatabaseBackup backup;

    @RolesAllowed(Role.ADMIN_)
    @GET
    @Produces({"application/zip", "application/problem+json"})
    public Response download() {
        java.nio.file.Path zip = backup.backup();
        StreamingOutput body =
                out -> {
                    try {
                        Files.copy(zip, out);
                    } finally {
                        Files.deleteIfExists(zip);
                    }
                };
        return Response.ok(body, "application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"implantdhr-"
                                + STAMP.format(Instant.now())
                                + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
