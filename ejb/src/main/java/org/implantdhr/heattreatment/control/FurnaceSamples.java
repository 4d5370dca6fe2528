package org.implantdhr.heattreatment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Writes the thermocouples and every sample of a furnace chart with plain JDBC batches, in the
 * caller's transaction (the run row must already be flushed): a 30,000-sample chart as JPA entities
 * would take minutes. One row per instant, the temperatures of all thermocouples in position order
 * in one array.
 */
@Dependent
public class FurnaceSamples {

    private static final int BATCH = 1000;

    @Resource(lookup = "jdbc/implantdhr")
    DataSource dataSource;

    public void write(long runId, FurnaceChart chart) {
        try (Connection connection = dataSource.getConnection()) {
            writeThermocouples(connection, runId, chart);
            writeSamples(connection, runId, chart);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The samples of heat-treatment run " + runId + " could not be stored", e);
        }
    }

    /** Removes the samples of a superseded chart; the superseded file itself stays as evidence. */
    public void erase(long runId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement samples =
                        connection.prepareStatement("DELETE FROM furnace_sample WHERE run_id = ?");
                PreparedStatement thermocouples =
                        connection.prepareStatement(
                                "DELETE FROM furnace_thermocouple WHERE run_id = ?")) {
            samples.setLong(1, runId);
            samples.executeUpdate();
            thermocouples.setLong(1, runId);
            thermocouples.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The samples of heat-treatment run " + runId + " could not be removed", e);
        }
    }

    private static void writeThermocouples(Connection connection, long runId, FurnaceChart chart)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO furnace_thermocouple (run_id, position, name, thermocouple_role) VALUES (?, ?, ?, ?)")) {
            for (int tc = 0; tc < chart.thermocoupleCount(); tc++) {
                insert.setLong(1, runId);
                insert.setInt(2, tc + 1);
                insert.setString(3, chart.thermocoupleNames().get(tc));
                insert.setString(4, chart.thermocoupleRoles().get(tc).name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeSamples(Connection connection, long runId, FurnaceChart chart)
            throws SQLException {
        var atmosphere = chart.atmosphere().orElse(null);
        Double[] temperatures = new Double[chart.thermocoupleCount()];
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO furnace_sample (run_id, seq, sampled_at, temperatures_c, atmosphere_value) VALUES (?, ?, ?, ?, ?)")) {
            for (int sample = 0; sample < chart.sampleCount(); sample++) {
                for (int tc = 0; tc < temperatures.length; tc++) {
                    temperatures[tc] = chart.temperatureC(tc, sample);
                }
                insert.setLong(1, runId);
                insert.setInt(2, sample);
                insert.setObject(
                        3,
                        OffsetDateTime.ofInstant(
                                Instant.ofEpochMilli(chart.epochMilli(sample)), ZoneOffset.UTC));
                insert.setArray(4, connection.createArrayOf("float8", temperatures));
                if (atmosphere == null) {
                    insert.setNull(5, java.sql.Types.DOUBLE);
                } else {
                    insert.setDouble(5, atmosphere.value(sample));
                }
                insert.addBatch();
                if ((sample + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
