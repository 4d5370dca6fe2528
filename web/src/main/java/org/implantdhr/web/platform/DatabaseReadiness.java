package org.implantdhr.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.implantdhr.platform.control.SchemaMigration;

/**
 * Ready when the database answers, the schema has been migrated and every table can be read.
 *
 * <p>A connection alone proves little: after a crash an embedded database may open and still have
 * lost a table or hold a damaged page (issue 11: H2 answered "Table machine_qualification not
 * found" while this check said UP). So each call reads, in every table of the schema, the row with
 * the highest primary key through that key's index: the page that the latest writes touched, a
 * handful of page reads per table, cheap enough to be polled. The answer DOWN names the table and
 * the database's message, never a class.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    @Inject SchemaMigration migration;

    /**
     * One query per table, made from the schema once (it does not change while the server runs).
     */
    private volatile List<TableProbe> probes;

    record TableProbe(String table, String sql) {}

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (migration.schemaVersion() <= 0) {
            return response.down().withData("error", "the schema has not been migrated").build();
        }
        try (Connection c = dataSource.getConnection()) {
            response.withData("product", c.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", migration.schemaVersion());
            List<TableProbe> tables = probes(c);
            String unreadable = firstUnreadable(c, tables);
            if (unreadable != null) {
                return response.down().withData("error", unreadable).build();
            }
            return response.up().withData("tablesRead", tables.size()).build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", firstLine(e)).build();
        }
    }

    /** Null when every table reads, else the first that does not and why. */
    static String firstUnreadable(Connection c, List<TableProbe> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            for (TableProbe probe : tables) {
                try (ResultSet r = s.executeQuery(probe.sql())) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                } catch (SQLException e) {
                    return "table " + probe.table() + ": " + firstLine(e);
                }
            }
        }
        return null;
    }

    private List<TableProbe> probes(Connection c) throws SQLException {
        List<TableProbe> known = probes;
        if (known == null) {
            known = List.copyOf(readSchema(c));
            probes = known;
        }
        return known;
    }

    static List<TableProbe> readSchema(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        List<TableProbe> result = new ArrayList<>();
        for (String table : tables) {
            List<String> key = new ArrayList<>();
            try (ResultSet r = meta.getPrimaryKeys(null, schema, table)) {
                List<String[]> columns = new ArrayList<>();
                while (r.next()) {
                    columns.add(new String[] {r.getString("KEY_SEQ"), r.getString("COLUMN_NAME")});
                }
                columns.sort(
                        (a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
                columns.forEach(column -> key.add(quoted(column[1])));
            }
            String sql =
                    key.isEmpty()
                            ? "SELECT 1 FROM " + quoted(table) + " FETCH FIRST 1 ROWS ONLY"
                            : "SELECT "
                                    + String.join(", ", key)
                                    + " FROM "
                                    + quoted(table)
                                    + " ORDER BY "
                                    + String.join(" DESC, ", key)
                                    + " DESC FETCH FIRST 1 ROWS ONLY";
            result.add(new TableProbe(table, sql));
        }
        if (result.isEmpty()) {
            throw new SQLException("no table found in schema " + schema);
        }
        return result;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The database's own words, without the statement it quotes or the classes that carried it. */
    static String firstLine(Exception e) {
        String message = e.getMessage() == null ? "the database did not answer" : e.getMessage();
        int end = message.indexOf('\n');
        message = end < 0 ? message : message.substring(0, end);
        int statement = message.indexOf("; SQL statement:");
        message = statement < 0 ? message : message.substring(0, statement);
        return message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?::\\s*)?", "")
                .strip();
    }
}
