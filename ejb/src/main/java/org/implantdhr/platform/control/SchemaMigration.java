package org.implantdhr.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else runs. Flyway commits on its own
 * connection, hence no container transaction. Inside Liberty Flyway only finds the migrations
 * because db/migration (and db/callback, where it looks for callbacks) holds the marker file {@code
 * flyway.location}; an empty result would pass silently, so the number of applied migrations is
 * checked.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    private int schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway =
                Flyway.configure(SchemaMigration.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load();
        MigrateResult result = flyway.migrate();
        var applied = flyway.info().applied();
        if (applied.length == 0) {
            throw new IllegalStateException(
                    "No database migration found on the class path: the schema is missing");
        }
        schemaVersion = Integer.parseInt(applied[applied.length - 1].getVersion().getVersion());
        LOG.info(
                () ->
                        "Database schema at version "
                                + schemaVersion
                                + " ("
                                + result.migrationsExecuted
                                + " migration(s) applied now, "
                                + applied.length
                                + " in all)");
    }

    public int schemaVersion() {
        return schemaVersion;
    }
}
