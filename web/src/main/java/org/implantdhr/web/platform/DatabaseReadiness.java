package org.implantdhr.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.implantdhr.platform.control.SchemaMigration;

/** Ready when the database answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    @Inject SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid && migration.schemaVersion() > 0)
                    .withData("product", c.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", migration.schemaVersion())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
