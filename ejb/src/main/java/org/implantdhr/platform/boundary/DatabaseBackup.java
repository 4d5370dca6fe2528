package org.implantdhr.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.implantdhr.identity.entity.Role;
import org.implantdhr.platform.control.ConflictingRecordException;

/**
 * An online backup of the embedded H2 database while the server runs (issue 11): H2's {@code BACKUP
 * TO}, a ZIP of the database file as of one moment (H2 copies it under its multi-version
 * concurrency; writes go on). Restored by stopping the server and unzipping it into the empty data
 * directory (README, "Backup and restore"). PostgreSQL is backed up with its own tools ({@code
 * pg_dump}), never through the application.
 */
@Stateless
@RolesAllowed(Role.ADMIN_)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseBackup {

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    /**
     * Writes the backup into a new temporary file and returns it; the caller sends it and deletes
     * it.
     */
    public Path backup() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!product.startsWith("H2")) {
                throw new ConflictingRecordException(
                        "The database is "
                                + product
                                + ": back it up with its own tools (pg_dump), as the README says");
            }
            Path zip = Files.createTempFile("implantdhr-backup-", ".zip");
            Files.delete(zip);
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            }
            LOG.info("Database backed up: " + Files.size(zip) + " bytes");
            return zip;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
