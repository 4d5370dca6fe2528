package org.implantdhr.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Readiness reads every table (issue 11: after a crash H2 opened, lost a table, and readiness still
 * said UP).
 */
@Tag("CFR-11.10c")
class DatabaseReadinessTest {

    @Test
    void everyTableIsReadAndALostTableIsNamedWithoutInternals() throws Exception {
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:h2:mem:readiness;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE implant (id BIGINT PRIMARY KEY, serial VARCHAR(20))");
            s.execute(
                    "CREATE TABLE machine_qualification (machine_id BIGINT, seq INT, PRIMARY KEY"
                            + " (machine_id, seq))");
            s.execute("CREATE TABLE note (text VARCHAR(20))");
            s.execute("INSERT INTO implant VALUES (1, 'CW-1'), (2, 'CW-2')");
            s.execute("INSERT INTO machine_qualification VALUES (1, 1)");

            var probes = DatabaseReadiness.readSchema(c);
            assertThat(probes)
                    .extracting(DatabaseReadiness.TableProbe::table)
                    .containsExactlyInAnyOrder("implant", "machine_qualification", "note");
            assertThat(probes)
                    .filteredOn(p -> p.table().equals("machine_qualification"))
                    .extracting(DatabaseReadiness.TableProbe::sql)
                    .containsExactly(
                            "SELECT \"machine_id\", \"seq\" FROM \"machine_qualification\" ORDER BY"
                                    + " \"machine_id\" DESC, \"seq\" DESC FETCH FIRST 1 ROWS ONLY");
            assertThat(DatabaseReadiness.firstUnreadable(c, probes)).isNull();

            s.execute("DROP TABLE machine_qualification");
            String down = DatabaseReadiness.firstUnreadable(c, probes);
            assertThat(down).startsWith("table machine_qualification: ").contains("not found");
            assertThat(down).doesNotContain("Exception", "org.h2", "SQL statement");
        }
    }
}
